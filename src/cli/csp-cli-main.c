/* Placeholder until the CLI lands. */
#include "csp-store.h"

int
main (int argc, char **argv)
{
  return 0;
}

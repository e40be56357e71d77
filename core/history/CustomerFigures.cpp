#include "CustomerFigures.h"

// Placeholder: implemented in its own change.

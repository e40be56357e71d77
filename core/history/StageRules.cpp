#include "StageRules.h"

// Placeholder: implemented in its own change.

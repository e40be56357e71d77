#include "Timeline.h"

// Placeholder: implemented in its own change.

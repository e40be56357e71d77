#include "InteractionRepository.h"

// Placeholder: implemented in its own change.

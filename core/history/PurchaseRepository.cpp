#include "PurchaseRepository.h"

// Placeholder: implemented in its own change.

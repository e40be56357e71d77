#include "ServiceRequestRepository.h"

// Placeholder: implemented in its own change.

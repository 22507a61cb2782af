#include "zhifa/low.hpp"
#include "high/b.hpp"

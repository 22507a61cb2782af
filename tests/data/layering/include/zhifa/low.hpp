#pragma once
#include "zhifa/high.hpp"

#pragma once
#include "zhifa/low.hpp"

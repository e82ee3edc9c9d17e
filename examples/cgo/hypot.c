//go:build cgo

#include <math.h>
#include "hypot.h"

double c_hypot(double a, double b) { return sqrt(a * a + b * b); }

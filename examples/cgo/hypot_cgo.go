//go:build cgo

package main

/*
#cgo LDFLAGS: -lm
#include "hypot.h"
*/
import "C"

const computedBy = "C"

func hypot(a, b float64) float64 { return float64(C.c_hypot(C.double(a), C.double(b))) }

double c_hypot(double a, double b);

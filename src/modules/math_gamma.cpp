// math.gamma and math.lgamma. CPython does not use the platform's tgamma/lgamma (their accuracy
// varies) but its own Lanczos approximation (g = 6.0246800407767296, 13 terms, Godfrey's
// coefficients), with exact factorials for small integers and reflection for negative
// arguments; the same computation here gives the same results on every port.
#include <cmath>

#include "modules/math_module.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/float.hpp"

namespace weft {

namespace {

constexpr double PI = 3.141592653589793238462643383279502884;
constexpr double LOG_PI = 1.144729885849400174143427351353058711647;
constexpr double LANCZOS_G = 6.024680040776729583740234375;
constexpr double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
constexpr int LANCZOS_N = 13;
constexpr double LANCZOS_NUM[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The coefficients of x(x+1)...(x+11) (unsigned Stirling numbers of the first kind).
constexpr double LANCZOS_DEN[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
// gamma(n) = (n-1)! for n = 1 .. 23, exactly representable.
constexpr int GAMMA_INTEGRAL_N = 23;
constexpr double GAMMA_INTEGRAL[GAMMA_INTEGRAL_N] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

// The rational Lanczos sum; Horner's rule in x for small x, in 1/x for large x.
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N; --i >= 0;) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

// sin(pi * x), accurate near the integers.
double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  double r;
  switch (int(std::round(2.0 * y))) {
    case 0: r = std::sin(PI * y); break;
    case 1: r = std::cos(PI * (y - 0.5)); break;
    case 2: r = std::sin(PI * (1.0 - y)); break;
    case 3: r = -std::cos(PI * (y - 1.5)); break;
    default: r = std::sin(PI * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

enum class MathErr { NONE, DOMAIN, RANGE };

double tgamma_lanczos(double x, MathErr* err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    *err = MathErr::DOMAIN;
    return NAN;
  }
  if (x == 0.0) {
    *err = MathErr::DOMAIN;
    return 1.0 / x;
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *err = MathErr::DOMAIN;
      return NAN;
    }
    if (x <= GAMMA_INTEGRAL_N) return GAMMA_INTEGRAL[int(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) *err = MathErr::RANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    *err = MathErr::RANGE;
    return HUGE_VAL;
  }
  double y = absx + LANCZOS_G_MINUS_HALF;
  double q, z;
  // z = y - absx - (g - 1/2), computed so as to lose as little as possible.
  if (absx > LANCZOS_G_MINUS_HALF) {
    q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  double r;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) *err = MathErr::RANGE;
  return r;
}

double lgamma_lanczos(double x, MathErr* err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = MathErr::DOMAIN;
      return HUGE_VAL;
    }
    return 0.0;  // lgamma(1) = lgamma(2) = 0
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (std::log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) *err = MathErr::RANGE;
  return r;
}

// CPython's math_1a: a range error whose argument is small is an underflow and not reported.
Value gamma_result(ThreadState& ts, double r, MathErr err) {
  if (err == MathErr::DOMAIN) return math_domain_error(ts);
  if (err == MathErr::RANGE && std::fabs(r) >= 1.5) return math_range_error(ts);
  return float_new(ts, r);
}

Value m_gamma(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!args_check(ts, "math.gamma", nargs, kw, 1, 1) || !math_arg_double(ts, args[0], &x))
    return Value::error();
  MathErr err = MathErr::NONE;
  double r = tgamma_lanczos(x, &err);
  return gamma_result(ts, r, err);
}

Value m_lgamma(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!args_check(ts, "math.lgamma", nargs, kw, 1, 1) || !math_arg_double(ts, args[0], &x))
    return Value::error();
  MathErr err = MathErr::NONE;
  double r = lgamma_lanczos(x, &err);
  return gamma_result(ts, r, err);
}

}  // namespace

extern const MethodDef MATH_SPECIAL_FUNCTIONS[] = {
    {"gamma", m_gamma, 0, "Gamma function at x."},
    {"lgamma", m_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft

package org.jrustc.typeck;

import java.util.Set;
import org.jrustc.types.Ty;

/**
 * Methods of Rust's standard library on primitive types that jrustc does not provide yet. A call of
 * one is refused by name ("not supported by jrustc"), not reported as a missing method, since rustc
 * would accept it.
 */
final class StdMethods {
    private StdMethods() {}

    private static final Set<String> INTEGER = Set.of("abs", "pow", "min", "max", "signum", "is_positive",
            "is_negative", "count_ones", "count_zeros", "leading_zeros", "trailing_zeros", "rotate_left", "rotate_right",
            "swap_bytes", "reverse_bits", "to_string", "rem_euclid", "div_euclid", "abs_diff", "isqrt", "ilog2", "ilog10",
            "clamp", "cmp", "partial_cmp", "eq", "ne", "lt", "le", "gt", "ge", "is_power_of_two", "next_power_of_two",
            "to_le_bytes", "to_be_bytes", "unsigned_abs");
    private static final Set<String> CHAR = Set.of("is_alphabetic", "is_numeric", "is_alphanumeric", "is_whitespace",
            "is_uppercase", "is_lowercase", "is_control", "to_digit", "is_digit", "to_uppercase", "to_lowercase",
            "len_utf8", "to_string", "eq", "cmp");
    private static final Set<String> STR = Set.of("chars", "bytes", "to_string", "to_owned", "contains", "starts_with",
            "ends_with", "find", "replace", "trim", "trim_start", "trim_end", "split", "split_whitespace", "lines",
            "to_uppercase", "to_lowercase", "parse", "as_bytes", "char_indices", "repeat", "eq", "cmp", "get");
    private static final Set<String> BOOL = Set.of("then", "then_some", "to_string", "eq", "cmp");
    /** Their results depend on the platform's libm, which the JVM's does not always match to the last bit. */
    private static final Set<String> FLOAT = Set.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh",
            "tanh", "exp", "exp2", "exp_m1", "ln", "ln_1p", "log", "log2", "log10", "powf", "cbrt", "hypot", "recip",
            "clamp", "copysign", "rem_euclid", "div_euclid", "total_cmp", "to_bits", "to_string", "sin_cos", "abs_sub");

    /** Slices' methods, which arrays have too (and iterators, which come with the heap library). */
    private static final Set<String> ARRAY = Set.of("iter", "iter_mut", "into_iter", "contains", "sort", "sort_unstable",
            "reverse", "first", "last", "get", "get_mut", "swap", "to_vec", "map", "fill", "concat", "join", "windows",
            "chunks", "split_at", "binary_search", "starts_with", "ends_with");
    /** Option's and Result's methods that take closures or need traits jrustc does not have yet. */
    private static final Set<String> OPTION = Set.of("map", "map_or", "map_or_else", "and_then", "or_else", "unwrap_or_else",
            "filter", "ok_or_else", "is_some_and", "is_none_or", "is_ok_and", "is_err_and",
            "map_err", "iter", "copied", "cloned", "flatten", "inspect", "expect_none", "get_or_insert_with", "as_deref");

    /** Methods of the standard traits every type may implement (Into, AsRef, ToString, PartialEq …). */
    private static final Set<String> TRAIT = Set.of("into", "try_into", "as_ref", "as_mut", "borrow", "borrow_mut",
            "to_owned", "to_string", "eq", "ne", "cmp", "partial_cmp", "lt", "le", "gt", "ge", "hash", "fmt");

    static boolean isKnown(Ty receiver, boolean integerVar, String method) {
        if (TRAIT.contains(method)) return true;
        if (receiver instanceof Ty.Int || integerVar) {
            return INTEGER.contains(method) || method.startsWith("wrapping_") || method.startsWith("checked_")
                    || method.startsWith("saturating_") || method.startsWith("overflowing_");
        }
        if (receiver instanceof Ty.Float) return FLOAT.contains(method);
        if (receiver instanceof Ty.Char) return CHAR.contains(method) || method.contains("ascii");
        if (receiver instanceof Ty.Str) return STR.contains(method) || method.contains("ascii");
        if (receiver instanceof Ty.Bool) return BOOL.contains(method);
        if (receiver instanceof Ty.Array) return ARRAY.contains(method);
        if (receiver instanceof Ty.Enum e && e.def().span().start() >= org.jrustc.diag.Span.PRELUDE_START) {
            return OPTION.contains(method);
        }
        return false;
    }
}

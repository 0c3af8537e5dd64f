package org.jrustc.typeck;

import java.util.List;
import java.util.Map;
import org.jrustc.types.IntKind;
import org.jrustc.types.Ty;

/**
 * The methods of the standard library on integer types that jrustc provides (the runtime's
 * {@code IntMethods} computes them): their parameters and result, in terms of the receiver's type.
 */
final class IntMethodSignatures {
    private IntMethodSignatures() {}

    /** A parameter or result type: the receiver's own type, u32, bool, or the unsigned type of the same width. */
    enum Shape { SELF, U32, BOOL, UNSIGNED }

    /** Which receivers have the method. */
    enum For { ALL, SIGNED, UNSIGNED }

    record Signature(List<Shape> params, Shape result, For receivers) {
        boolean appliesTo(IntKind kind) {
            return receivers == For.ALL || (receivers == For.SIGNED) == kind.signed;
        }
    }

    private static final Signature UNARY_SELF = new Signature(List.of(), Shape.SELF, For.ALL);
    private static final Signature BINARY_SELF = new Signature(List.of(Shape.SELF), Shape.SELF, For.ALL);
    private static final Signature COUNT = new Signature(List.of(), Shape.U32, For.ALL);

    private static final Map<String, Signature> METHODS = Map.ofEntries(
            Map.entry("abs", new Signature(List.of(), Shape.SELF, For.SIGNED)),
            Map.entry("signum", new Signature(List.of(), Shape.SELF, For.SIGNED)),
            Map.entry("is_positive", new Signature(List.of(), Shape.BOOL, For.SIGNED)),
            Map.entry("is_negative", new Signature(List.of(), Shape.BOOL, For.SIGNED)),
            Map.entry("is_power_of_two", new Signature(List.of(), Shape.BOOL, For.UNSIGNED)),
            Map.entry("pow", new Signature(List.of(Shape.U32), Shape.SELF, For.ALL)),
            Map.entry("min", BINARY_SELF),
            Map.entry("max", BINARY_SELF),
            Map.entry("clamp", new Signature(List.of(Shape.SELF, Shape.SELF), Shape.SELF, For.ALL)),
            Map.entry("count_ones", COUNT),
            Map.entry("count_zeros", COUNT),
            Map.entry("leading_zeros", COUNT),
            Map.entry("trailing_zeros", COUNT),
            Map.entry("wrapping_add", BINARY_SELF),
            Map.entry("wrapping_sub", BINARY_SELF),
            Map.entry("wrapping_mul", BINARY_SELF),
            Map.entry("wrapping_neg", UNARY_SELF),
            Map.entry("saturating_add", BINARY_SELF),
            Map.entry("saturating_sub", BINARY_SELF),
            Map.entry("saturating_mul", BINARY_SELF),
            Map.entry("rem_euclid", BINARY_SELF),
            Map.entry("div_euclid", BINARY_SELF),
            Map.entry("abs_diff", new Signature(List.of(Shape.SELF), Shape.UNSIGNED, For.ALL)));

    static Signature of(String method) { return METHODS.get(method); }

    static Ty type(Shape shape, IntKind receiver) {
        return switch (shape) {
            case SELF -> new Ty.Int(receiver);
            case U32 -> new Ty.Int(IntKind.U32);
            case BOOL -> Ty.BOOL;
            case UNSIGNED -> new Ty.Int(IntKind.unsignedOfWidth(receiver));
        };
    }
}

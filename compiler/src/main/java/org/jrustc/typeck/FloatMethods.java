package org.jrustc.typeck;

import java.util.List;
import java.util.Map;
import org.jrustc.types.Ty;

/**
 * The methods of {@code f32} and {@code f64} that jrustc provides (the runtime's
 * {@code FloatMethods} computes them), with their parameters and result; {@code null} in a
 * signature stands for the receiver's own type.
 */
final class FloatMethods {
    private FloatMethods() {}

    record Signature(List<Ty> params, Ty result) {}

    private static final Signature UNARY = new Signature(List.of(), null);
    private static final Signature BINARY = new Signature(java.util.Collections.singletonList(null), null);
    private static final Signature PREDICATE = new Signature(List.of(), Ty.BOOL);

    private static final Map<String, Signature> METHODS = Map.ofEntries(
            Map.entry("sqrt", UNARY), Map.entry("abs", UNARY), Map.entry("floor", UNARY), Map.entry("ceil", UNARY),
            Map.entry("round", UNARY), Map.entry("trunc", UNARY), Map.entry("fract", UNARY), Map.entry("signum", UNARY),
            Map.entry("to_degrees", UNARY), Map.entry("to_radians", UNARY),
            Map.entry("min", BINARY), Map.entry("max", BINARY),
            Map.entry("powi", new Signature(List.of(Ty.I32), null)),
            Map.entry("mul_add", new Signature(java.util.Arrays.asList(null, null), null)),
            Map.entry("is_nan", PREDICATE), Map.entry("is_infinite", PREDICATE), Map.entry("is_finite", PREDICATE),
            Map.entry("is_sign_negative", PREDICATE), Map.entry("is_sign_positive", PREDICATE));

    static Signature of(String method) { return METHODS.get(method); }

    static Ty type(Ty shape, Ty receiver) { return shape == null ? receiver : shape; }
}

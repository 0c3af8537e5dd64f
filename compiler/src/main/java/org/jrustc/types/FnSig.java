package org.jrustc.types;

import java.util.List;

/**
 * A function's identity and signature after type checking. {@code symbol} is unique in the program
 * and readable ({@code main}, {@code Point::new}, {@code <Noisy as Drop>::drop}); codegen derives the
 * JVM method name from it. Methods taking {@code self} have it as their first parameter.
 */
public record FnSig(String symbol, List<Ty> params, Ty ret, boolean trackCaller) {
    public FnSig(String symbol, List<Ty> params, Ty ret) { this(symbol, params, ret, false); }

    /**
     * {@code #[track_caller]}: a panic in the function reports the location of its call (as
     * {@code Option::unwrap} does), which callers pass to it at run time.
     */
    public FnSig withTypes(String symbol, List<Ty> params, Ty ret) { return new FnSig(symbol, params, ret, trackCaller); }
}

package org.jrustc.mir;

import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.types.FnSig;

/**
 * The control-flow graph of one function. Block 0 is the entry.
 *
 * @param frameSize cells of the runtime frame: parameters and user variables in declaration order,
 *                  then memory temporaries
 */
public record MirBody(FnSig sig, List<Local> locals, int argCount, List<BasicBlock> blocks, int frameSize,
                      Span span) {
    public Local returnLocal() { return locals.get(0); }
}

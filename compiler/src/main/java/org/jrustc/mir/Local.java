package org.jrustc.mir;

import org.jrustc.diag.Span;
import org.jrustc.types.Ty;

/**
 * A local of a MIR body. Local 0 is the return place; locals 1..argCount are the parameters; then
 * user variables in declaration order, then temporaries.
 *
 * @param name      the user's name, or null for the return place and temporaries
 * @param inMemory  true when the local lives in cells of the runtime frame (every parameter and user
 *                  variable, and every temporary whose address is taken or whose size is not 1);
 *                  false for scalar temporaries, which codegen keeps in JVM locals
 * @param frameOffset the local's first cell, counted from the frame base; -1 when not in memory
 */
public record Local(int index, String name, Ty type, boolean mutable, Span span, boolean inMemory,
                    int frameOffset) {
    public boolean isUserVariable() { return name != null; }
}

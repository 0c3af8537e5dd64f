package org.jrustc.borrowck;

import org.jrustc.diag.Diagnostics;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.MirProgram;

/**
 * The ownership checks that run on the MIR, after it is built and before drops are elaborated
 * (DESIGN.md). So far: no value is moved out of a type that has a destructor ({@link MovesOutOfDrop}).
 */
public final class BorrowChecker {
    private BorrowChecker() {}

    public static void check(MirProgram program, Diagnostics diags) {
        for (MirBody body : program.bodies()) new MovesOutOfDrop(body, diags).check();
    }
}

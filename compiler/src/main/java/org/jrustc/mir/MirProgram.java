package org.jrustc.mir;

import java.util.List;
import org.jrustc.types.FnSig;
import org.jrustc.types.StructDef;

/** Everything codegen needs: every function body, every struct, and which function is {@code main}. */
public record MirProgram(String sourcePath, List<MirBody> bodies, List<StructDef> structs, FnSig main) {}

package org.jrustc.mir.build;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.SourceFile;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.MirProgram;
import org.jrustc.syntax.ast.Item;
import org.jrustc.typeck.TypeTable;

/**
 * MIR building: takes the type-checked program and produces one control-flow graph per function,
 * with every drop scheduled at every scope exit and every unwind path built. Drops here are
 * unconditional; drop elaboration later removes or guards those of moved values.
 */
public final class MirBuilder {
    private MirBuilder() {}

    public static MirProgram build(TypeTable table, SourceFile source) {
        List<MirBody> bodies = new ArrayList<>();
        for (Item.Fn fn : table.fnSigs.keySet().stream()
                .sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList()) {
            bodies.add(new BodyBuilder(table, source, fn).build());
        }
        return new MirProgram(source.path(), bodies, table.structs, table.fnSigs.get(table.main));
    }
}

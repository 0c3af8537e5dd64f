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
        // In source order (a trait's default method once per implementing type, by its symbol).
        List<TypeTable.CheckedBody> checked = new ArrayList<>(table.bodies);
        checked.sort(java.util.Comparator.comparingInt((TypeTable.CheckedBody b) -> b.fn().span().start())
                .thenComparing(b -> b.sig().symbol()));
        DerivedComparisons derived = new DerivedComparisons();
        for (TypeTable.CheckedBody body : checked) {
            bodies.add(new BodyBuilder(body.types(), source, body.fn(), body.sig(), derived).build());
        }
        derived.buildPending(sig -> new BodyBuilder(table, source, null, sig, derived), bodies);
        return new MirProgram(source.path(), bodies, table.structs, table.concrete(table.fnSigs.get(table.main)));
    }
}

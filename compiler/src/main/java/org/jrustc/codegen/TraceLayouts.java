package org.jrustc.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.mir.Local;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.MirProgram;
import org.jrustc.runtime.trace.CellKind;
import org.jrustc.runtime.trace.TraceTable;
import org.jrustc.runtime.trace.TraceTable.BlockLayout;
import org.jrustc.runtime.trace.TraceTable.CellLayout;
import org.jrustc.runtime.trace.TraceTable.FunctionLayout;
import org.jrustc.types.FnSig;
import org.jrustc.types.EnumDef;
import org.jrustc.types.Layout;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * The {@link TraceTable} of a traced program: every function's frame cells with the names a student
 * wrote ({@code p.x} for a field, {@code t.0} for a tuple element, {@code a[2]} for an array
 * element, {@code s.ptr}/{@code s.len} for the
 * halves of a {@code &str}), and one block layout per type the program boxes, numbered as the
 * generated code refers to them.
 */
final class TraceLayouts {
    /** What the trace calls a temporary that lives in the frame: it has no name in the source. */
    static final String TEMPORARY = "(temp)";

    private final List<FunctionLayout> functions = new ArrayList<>();
    private final Map<String, Integer> functionIds = new HashMap<>();
    private final List<BlockLayout> blocks = new ArrayList<>();
    private final Map<Ty, Integer> blockIds = new HashMap<>();

    TraceLayouts(MirProgram program) {
        for (MirBody body : program.bodies()) {
            functionIds.put(body.sig().symbol(), functions.size());
            functions.add(frameOf(body));
        }
    }

    int functionId(FnSig sig) {
        Integer id = functionIds.get(sig.symbol());
        if (id == null) throw new IllegalStateException("no MIR body for function " + sig.symbol());
        return id;
    }

    /** The number of the layout of a heap block holding a {@code content}, made on first use. */
    int blockId(Ty content) {
        return blockIds.computeIfAbsent(content, t -> {
            List<CellLayout> cells = new ArrayList<>();
            flatten("", t, 0, cells);
            blocks.add(new BlockLayout(t.display(), Layout.sizeOf(t), cells));
            return blocks.size() - 1;
        });
    }

    TraceTable table() { return new TraceTable(functions, blocks); }

    private static FunctionLayout frameOf(MirBody body) {
        List<CellLayout> cells = new ArrayList<>();
        int paramCells = 0;
        for (Local local : body.locals()) {
            if (!local.inMemory()) continue;
            String name = local.name() != null ? local.name() : TEMPORARY;
            flatten(name, local.type(), local.frameOffset(), cells);
            if (local.index() >= 1 && local.index() <= body.argCount()) {
                paramCells = Math.max(paramCells, local.frameOffset() + Layout.sizeOf(local.type()));
            }
        }
        cells.sort(java.util.Comparator.comparingInt(CellLayout::offset));
        return new FunctionLayout(body.sig().symbol(), body.frameSize(), paramCells, cells);
    }

    /** Appends the cells of a value of {@code type} named {@code name} that starts at {@code offset}. */
    private static void flatten(String name, Ty type, int offset, List<CellLayout> out) {
        if (type instanceof Ty.Adt adt) {
            StructDef def = adt.def();
            for (int i = 0; i < def.fields().size(); i++) {
                StructDef.Field field = def.fields().get(i);
                flatten(name + "." + field.name(), field.type(), offset + Layout.fieldOffset(def, i), out);
            }
        } else if (type instanceof Ty.Enum e) {
            out.add(new CellLayout(offset, name + ".tag", "usize", CellKind.UNSIGNED));
            flattenPayloads(name, e.def(), offset + Layout.PAYLOAD_OFFSET, out);
        } else if (type instanceof Ty.Tuple tuple) {
            for (int i = 0; i < tuple.elements().size(); i++) {
                flatten(name + "." + i, tuple.elements().get(i), offset + Layout.tupleOffset(tuple.elements(), i), out);
            }
        } else if (type instanceof Ty.Array array) {
            int size = Layout.sizeOf(array.element());
            for (int i = 0; i < array.length(); i++) flatten(name + "[" + i + "]", array.element(), offset + i * size, out);
        } else if (type instanceof Ty.Ref ref && ref.inner() instanceof Ty.Str) {
            out.add(new CellLayout(offset, name + ".ptr", "*const u8", CellKind.REF));
            out.add(new CellLayout(offset + 1, name + ".len", "usize", CellKind.UNSIGNED));
        } else if (Layout.sizeOf(type) == 1) {
            out.add(new CellLayout(offset, name, type.display(), kindOf(type)));
        }
    }

    /**
     * The payload cells of an enum: a cell only one variant uses is named after it ({@code l.Cons.0});
     * a cell several variants share is {@code e.payload[k]}, printed as they agree (else as an integer).
     */
    private static void flattenPayloads(String name, EnumDef def, int offset, List<CellLayout> out) {
        Map<Integer, List<CellLayout>> byOffset = new java.util.TreeMap<>();
        for (StructDef variant : def.variants()) {
            List<CellLayout> cells = new ArrayList<>();
            flatten(name + "." + variant.name(), new Ty.Adt(variant), offset, cells);
            for (CellLayout c : cells) byOffset.computeIfAbsent(c.offset(), k -> new ArrayList<>()).add(c);
        }
        for (var entry : byOffset.entrySet()) {
            List<CellLayout> uses = entry.getValue();
            if (uses.size() == 1) {
                out.add(uses.get(0));
                continue;
            }
            CellKind kind = uses.get(0).kind();
            boolean agree = uses.stream().allMatch(c -> c.kind() == kind);
            out.add(new CellLayout(entry.getKey(), name + ".payload[" + (entry.getKey() - offset) + "]",
                    agree ? uses.get(0).type() : "(variant)", agree ? kind : CellKind.SIGNED));
        }
    }

    private static CellKind kindOf(Ty type) {
        if (type instanceof Ty.Int i) return i.kind().signed ? CellKind.SIGNED : CellKind.UNSIGNED;
        if (type instanceof Ty.Bool) return CellKind.BOOL;
        if (type instanceof Ty.Char) return CellKind.CHAR;
        if (type instanceof Ty.Float f) return f.single() ? CellKind.F32 : CellKind.F64;
        if (type instanceof Ty.Ref) return CellKind.REF;
        if (type instanceof Ty.Boxed) return CellKind.BOX;
        throw new IllegalStateException("no trace cell kind for " + type.display());
    }
}

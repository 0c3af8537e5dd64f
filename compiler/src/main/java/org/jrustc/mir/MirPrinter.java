package org.jrustc.mir;

import java.util.List;
import java.util.StringJoiner;
import org.jrustc.types.IntKind;
import org.jrustc.types.Ty;

/**
 * Prints MIR bodies as text close to rustc's {@code -Zdump-mir} output, for {@code jrustc build
 * --emit=mir}: the locals with their types and user names, then each basic block with its
 * statements and terminator.
 *
 * <pre>
 * fn main() -&gt; () {
 *     let mut _0: ();
 *     let _1: i32;                  // x, frame cell 0
 *
 *     bb0: {
 *         _1 = const 5_i32;
 *         print("x = ", copy _1, "\n");
 *         return;
 *     }
 * }
 * </pre>
 */
public final class MirPrinter {
    private MirPrinter() {}

    public static String print(MirProgram program) {
        StringJoiner out = new StringJoiner("\n");
        for (MirBody body : program.bodies()) out.add(print(body));
        return out.toString();
    }

    public static String print(MirBody body) {
        StringBuilder out = new StringBuilder();
        out.append("fn ").append(body.sig().symbol()).append('(');
        StringJoiner params = new StringJoiner(", ");
        for (int i = 1; i <= body.argCount(); i++) {
            Local p = body.locals().get(i);
            params.add("_" + i + ": " + p.type().display());
        }
        out.append(params).append(") -> ").append(body.sig().ret().display()).append(" {\n");
        for (Local local : body.locals()) out.append(declaration(local, body.argCount()));
        out.append("    // frame: ").append(body.frameSize()).append(" cells");
        out.append("\n");
        for (BasicBlock block : body.blocks()) out.append('\n').append(block(block));
        return out.append("}\n").toString();
    }

    /** A parameter as {@code debug x => _1;}, any other local as {@code let mut _2: i32;}, with where it lives. */
    private static String declaration(Local local, int argCount) {
        boolean parameter = local.index() >= 1 && local.index() <= argCount;
        StringBuilder line = new StringBuilder("    ");
        if (parameter) {
            line.append("debug ").append(local.name() == null ? "_" : local.name()).append(" => _").append(local.index())
                    .append(';');
        } else {
            line.append("let ");
            if (local.mutable() || local.index() == 0) line.append("mut ");
            line.append('_').append(local.index()).append(": ").append(local.type().display()).append(';');
        }
        StringJoiner comment = new StringJoiner(", ");
        if (!parameter && local.name() != null) comment.add(local.name());
        if (local.inMemory()) comment.add("frame cell " + local.frameOffset());
        if (comment.length() > 0) {
            while (line.length() < 34) line.append(' ');
            line.append(" // ").append(comment);
        }
        return line.append('\n').toString();
    }

    private static String block(BasicBlock block) {
        StringBuilder out = new StringBuilder("    bb").append(block.index());
        if (block.cleanup()) out.append(" (cleanup)");
        out.append(": {");
        if (block.unwind() >= 0) out.append("    // a panic in a statement unwinds to bb").append(block.unwind());
        out.append('\n');
        for (Statement s : block.statements()) out.append("        ").append(statement(s)).append(";\n");
        out.append("        ").append(terminator(block.terminator())).append(";\n");
        return out.append("    }\n").toString();
    }

    static String statement(Statement s) {
        if (s instanceof Statement.Assign a) return place(a.place()) + " = " + rvalue(a.value());
        if (s instanceof Statement.Print p) {
            StringJoiner parts = new StringJoiner(", ", (p.err() ? "eprint" : "print") + "(", ")");
            for (FmtPart part : p.parts()) parts.add(fmtPart(part));
            if (p.newline()) parts.add("\"\\n\"");
            return parts.toString();
        }
        if (s instanceof Statement.FreeBox f) return "free_box(" + place(f.boxPlace()) + ")";
        if (s instanceof Statement.Default d) return place(d.place()) + " = default()";
        if (s instanceof Statement.Clone c) return place(c.destination()) + " = clone(" + place(c.source()) + ")";
        if (s instanceof Statement.SetDiscriminant d) return "discriminant(" + place(d.place()) + ") = " + d.variant();
        if (s instanceof Statement.Returning) return "returning";
        if (s instanceof Statement.StorageLive l) return "StorageLive(_" + l.local() + ")";
        if (s instanceof Statement.StorageDead d) return "StorageDead(_" + d.local() + ")";
        return s.toString();
    }

    static String terminator(Terminator t) {
        if (t instanceof Terminator.Goto g) return "goto -> bb" + g.target();
        if (t instanceof Terminator.SwitchBool s) {
            return "switchInt(" + operand(s.cond()) + ") -> [0: bb" + s.ifFalse() + ", otherwise: bb" + s.ifTrue() + "]";
        }
        if (t instanceof Terminator.Return) return "return";
        if (t instanceof Terminator.Call c) {
            StringJoiner args = new StringJoiner(", ", c.callee().symbol() + "(", ")");
            for (Operand a : c.args()) args.add(operand(a));
            String call = c.destination() == null ? args.toString() : place(c.destination()) + " = " + args;
            String ret = c.target() < 0 ? "" : "return: bb" + c.target() + ", ";
            return call + " -> [" + ret + unwind(c.unwind()) + "]";
        }
        if (t instanceof Terminator.Drop d) {
            return "drop(" + place(d.place()) + ") -> [return: bb" + d.target() + ", "
                    + unwind(d.unwind()) + "]";
        }
        if (t instanceof Terminator.Panic p) {
            StringJoiner parts = new StringJoiner(", ", "panic(", ")");
            for (FmtPart part : p.message()) parts.add(fmtPart(part));
            return parts + " at " + p.location();
        }
        if (t instanceof Terminator.Resume) return "resume";
        if (t instanceof Terminator.Unreachable) return "unreachable";
        return t.toString();
    }

    private static String unwind(int block) {
        return block < 0 ? "unwind continue" : "unwind: bb" + block;
    }

    static String rvalue(Rvalue r) {
        if (r instanceof Rvalue.Use u) return operand(u.operand());
        if (r instanceof Rvalue.Binary b) {
            return camelCase(b.op().name()) + "(" + operand(b.left()) + ", " + operand(b.right()) + ")";
        }
        if (r instanceof Rvalue.Unary u) return camelCase(u.op().name()) + "(" + operand(u.operand()) + ")";
        if (r instanceof Rvalue.Ref ref) return (ref.mutable() ? "&mut " : "&") + place(ref.place());
        if (r instanceof Rvalue.Cast c) return operand(c.operand()) + " as " + c.target().display();
        if (r instanceof Rvalue.Discriminant d) return "discriminant(" + place(d.place()) + ")";
        if (r instanceof Rvalue.VariantIndex v) return "variant_index(" + place(v.place()) + ")";
        if (r instanceof Rvalue.HeapAlloc h) return "heap_alloc::<" + h.content().display() + ">()";
        if (r instanceof Rvalue.PrimitiveMethod i) {
            return i.operandType().display() + "::" + i.method()
                    + i.args().stream().map(MirPrinter::operand).collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        }
        return r.toString();
    }

    static String operand(Operand o) {
        if (o instanceof Operand.Copy c) return "copy " + place(c.place());
        if (o instanceof Operand.Move m) return "move " + place(m.place());
        if (o instanceof Operand.Const c) return "const " + constant(c.value());
        return o.toString();
    }

    /** {@code _3}, {@code (*_3)}, {@code (_3.1: i32)}, nested as rustc nests them. */
    static String place(Place p) {
        String text = "_" + p.local();
        List<Place.Projection> projections = p.projections();
        for (Place.Projection projection : projections) {
            if (projection instanceof Place.Deref) {
                text = "(*" + text + ")";
            } else if (projection instanceof Place.Index i) {
                text = text + "[_" + i.index() + "]";
            } else if (projection instanceof Place.Downcast d) {
                text = "(" + text + " as " + d.def().variants().get(d.variant()).name() + ")";
            } else if (projection instanceof Place.Field f) {
                String name = f.def() != null ? f.def().fields().get(f.index()).name() : Integer.toString(f.index());
                Ty type = f.def() != null ? f.def().fields().get(f.index()).type() : f.tuple().elements().get(f.index());
                text = "(" + text + "." + name + ": " + type.display() + ")";
            }
        }
        return text;
    }

    static String constant(Constant c) {
        if (c instanceof Constant.Unit) return "()";
        if (c instanceof Constant.Str s) return quoted(s.value());
        if (c instanceof Constant.Scalar s) {
            Ty type = s.type();
            if (type instanceof Ty.Bool) return s.bits() != 0 ? "true" : "false";
            if (type instanceof Ty.Char) return "'" + new String(Character.toChars((int) s.bits())) + "'";
            if (type instanceof Ty.Int i) return integer(s.bits(), i.kind()) + "_" + i.kind().rustName();
            return Long.toString(s.bits());
        }
        return c.toString();
    }

    private static String integer(long bits, IntKind kind) {
        if (kind.bits == 64) return kind.signed ? Long.toString(bits) : Long.toUnsignedString(bits);
        long mask = (1L << kind.bits) - 1;
        long value = bits & mask;
        if (kind.signed && (value >>> (kind.bits - 1)) != 0) value -= 1L << kind.bits;
        return Long.toString(value);
    }

    private static String fmtPart(FmtPart part) {
        if (part instanceof FmtPart.Text t) return quoted(t.text());
        FmtPart.Value v = (FmtPart.Value) part;
        return v.debug() ? "debug(" + operand(v.value()) + ")" : operand(v.value());
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /** {@code BIT_AND} → {@code BitAnd}, rustc's spelling of MIR operators. */
    private static String camelCase(String enumName) {
        StringBuilder out = new StringBuilder();
        for (String word : enumName.split("_")) {
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return out.toString();
    }
}

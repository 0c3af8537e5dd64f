package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jrustc.syntax.ast.Block;
import org.jrustc.syntax.ast.Crate;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.FormatArgs;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.syntax.ast.Stmt;
import org.jrustc.syntax.ast.TypeExpr;

/**
 * Prints an AST as compact S-expressions, so that tests can state a tree's shape in one line:
 * {@code 1 + 2 * 3} prints as {@code (+ 1 (* 2 3))}. Unsupported nodes print as {@code <what>}.
 */
final class AstPrinter {
    private AstPrinter() {}

    static String print(Crate crate) {
        return crate.items().stream().map(AstPrinter::item).collect(Collectors.joining("\n"));
    }

    static String item(Item item) {
        if (item instanceof Item.Fn fn) {
            List<String> params = new ArrayList<>();
            if (fn.self() != null) params.add(self(fn.self()));
            for (Item.Param p : fn.params()) params.add((p.mutable() ? "mut " : "") + p.name() + ": " + type(p.type()));
            return "(fn " + fn.name() + lifetimes(fn.lifetimes()) + typeParams(fn.typeParams()) + " (" + String.join(", ", params) + ")"
                    + (fn.ret() == null ? "" : " -> " + type(fn.ret())) + " " + block(fn.body()) + ")";
        }
        if (item instanceof Item.Struct s) {
            String fields = s.fields().stream().map(f -> f.name() + ": " + type(f.type())).collect(Collectors.joining(", "));
            String derives = s.derives().isEmpty() ? "" : " derives " + s.derives();
            return "(struct " + s.name() + lifetimes(s.lifetimes()) + typeParams(s.typeParams()) + " " + s.shape().name().toLowerCase() + " {" + fields + "}" + derives + ")";
        }
        if (item instanceof Item.Enum e) {
            String variants = e.variants().stream().map(v -> v.name() + " " + v.shape().name().toLowerCase() + " {"
                    + v.fields().stream().map(f -> f.name() + ": " + type(f.type())).collect(Collectors.joining(", ")) + "}"
                    + (v.discriminant() == null ? "" : " = " + expr(v.discriminant()))).collect(Collectors.joining(", "));
            String derives = e.derives().isEmpty() ? "" : " derives " + e.derives();
            return "(enum " + e.name() + lifetimes(e.lifetimes()) + " [" + variants + "]" + derives + ")";
        }
        if (item instanceof Item.Trait t) {
            StringBuilder out = new StringBuilder("(trait ").append(t.name());
            for (Item.Fn fn : t.methods()) {
                out.append(" ").append(fn.body() != null ? item(fn) : "(fn " + fn.name() + ";)");
            }
            return out.append(")").toString();
        }
        if (item instanceof Item.Impl impl) {
            StringBuilder out = new StringBuilder("(impl" + typeParams(impl.typeParams()) + " ");
            if (impl.traitName() != null) out.append(impl.traitName()).append(" for ");
            out.append(type(impl.selfType()));
            for (Item.Fn fn : impl.fns()) out.append(" ").append(item(fn));
            return out.append(")").toString();
        }
        if (item instanceof Item.Const c) return "(const " + c.name() + ": " + type(c.type()) + " = " + expr(c.value()) + ")";
        if (item instanceof Item.TypeAlias a) return "(type " + a.name() + " = " + type(a.target()) + ")";
        if (item instanceof Item.Use u) {
            return u.imports().stream().map(i -> i.glob() ? String.join("::", i.path()) + "::*"
                            : i.name() + " = " + String.join("::", i.path()))
                    .collect(Collectors.joining(", ", "(use ", ")"));
        }
        return "<" + ((Item.Unsupported) item).what() + ">";
    }

    private static String typeParams(List<Item.TypeParam> params) {
        if (params.isEmpty()) return "";
        return params.stream().map(p -> p.name() + (p.bounds().isEmpty() ? "" : ": "
                + String.join(" + ", p.bounds().stream().map(Item.TraitBound::name).toList())))
                .collect(Collectors.joining(", ", "<", ">"));
    }

    private static String self(Item.SelfParam self) {
        return switch (self.kind()) {
            case VALUE -> self.mutable() ? "mut self" : "self";
            case REF -> "&self";
            case REF_MUT -> "&mut self";
        };
    }

    static String block(Block block) {
        List<String> parts = new ArrayList<>();
        for (Stmt s : block.stmts()) parts.add(stmt(s));
        if (block.tail() != null) parts.add(expr(block.tail()));
        return "{" + String.join(" ", parts) + "}";
    }

    static String stmt(Stmt stmt) {
        if (stmt instanceof Stmt.Let let) {
            return "(let " + pat(let.pat()) + (let.type() == null ? "" : ": " + type(let.type()))
                    + (let.init() == null ? "" : " " + expr(let.init()))
                    + (let.elseBlock() == null ? "" : " else " + block(let.elseBlock())) + ")";
        }
        if (stmt instanceof Stmt.ExprStmt e) return expr(e.expr()) + (e.semi() ? ";" : "");
        return item(((Stmt.ItemStmt) stmt).item());
    }

    static String pat(Pat pat) {
        if (pat instanceof Pat.Ident id) {
            return (id.byRef() ? "ref " : "") + (id.mutable() ? "mut " : "") + id.name()
                    + (id.sub() == null ? "" : " @ " + pat(id.sub()));
        }
        if (pat instanceof Pat.Wild) return "_";
        if (pat instanceof Pat.Rest) return "..";
        if (pat instanceof Pat.Tuple t) {
            return t.elements().stream().map(AstPrinter::pat)
                    .collect(Collectors.joining(", ", "(", t.elements().size() == 1 ? ",)" : ")"));
        }
        if (pat instanceof Pat.Literal l) return expr(l.value());
        if (pat instanceof Pat.Range r) {
            return (r.lo() == null ? "" : expr(r.lo())) + (r.inclusive() ? "..=" : "..") + (r.hi() == null ? "" : expr(r.hi()));
        }
        if (pat instanceof Pat.Or or) return or.alternatives().stream().map(AstPrinter::pat).collect(Collectors.joining(" | "));
        if (pat instanceof Pat.Ref r) return "&" + (r.mutable() ? "mut " : "") + pat(r.inner());
        if (pat instanceof Pat.Path p) return String.join("::", p.segments());
        if (pat instanceof Pat.TupleStruct ts) {
            return String.join("::", ts.path()) + ts.elements().stream().map(AstPrinter::pat).collect(Collectors.joining(", ", "(", ")"));
        }
        if (pat instanceof Pat.Struct s) {
            List<String> fields = new ArrayList<>();
            s.fields().forEach(f -> fields.add(f.name() + ": " + pat(f.pat())));
            if (s.rest()) fields.add("..");
            return String.join("::", s.path()) + " { " + String.join(", ", fields) + " }";
        }
        return "<" + ((Pat.Unsupported) pat).what() + ">";
    }

    private static String lifetimes(List<String> names) {
        return names.isEmpty() ? "" : names.stream().map(n -> "'" + n).collect(Collectors.joining(", ", "<", ">"));
    }

    static String type(TypeExpr type) {
        if (type instanceof TypeExpr.Path p) {
            List<String> args = new ArrayList<>();
            p.lifetimes().forEach(l -> args.add("'" + l.name()));
            p.generics().forEach(g -> args.add(type(g)));
            String generics = args.isEmpty() ? "" : "<" + String.join(", ", args) + ">";
            return String.join("::", p.segments()) + generics;
        }
        if (type instanceof TypeExpr.Ref r) {
            return "&" + (r.lifetime() == null ? "" : "'" + r.lifetime() + " ") + (r.mutable() ? "mut " : "") + type(r.inner());
        }
        if (type instanceof TypeExpr.Tuple t) {
            return t.elements().stream().map(AstPrinter::type).collect(Collectors.joining(", ", "(", t.elements().size() == 1 ? ",)" : ")"));
        }
        if (type instanceof TypeExpr.Never) return "!";
        if (type instanceof TypeExpr.Infer) return "_";
        if (type instanceof TypeExpr.Array a) return "[" + type(a.element()) + "; " + expr(a.length()) + "]";
        return "<" + ((TypeExpr.Unsupported) type).what() + ">";
    }

    static String expr(Expr e) {
        if (e instanceof Expr.IntLit i) return i.value() + (i.suffix() == null ? "" : i.suffix());
        if (e instanceof Expr.FloatLit f) return f.digits() + (f.suffix() == null ? "" : f.suffix());
        if (e instanceof Expr.BoolLit b) return String.valueOf(b.value());
        if (e instanceof Expr.CharLit c) return "'" + escape(new String(Character.toChars(c.codePoint()))) + "'";
        if (e instanceof Expr.StrLit s) return "\"" + escape(s.value()) + "\"";
        if (e instanceof Expr.Path p) {
            String generics = p.generics().isEmpty() ? ""
                    : p.generics().stream().map(AstPrinter::type).collect(Collectors.joining(", ", "::<", ">"));
            return String.join("::", p.segments()) + generics;
        }
        if (e instanceof Expr.Call c) return "(call " + expr(c.callee()) + args(c.args()) + ")";
        if (e instanceof Expr.MethodCall m) return "(." + m.method() + " " + expr(m.receiver()) + args(m.args()) + ")";
        if (e instanceof Expr.Field f) return "(. " + expr(f.base()) + " " + f.name() + ")";
        if (e instanceof Expr.Unary u) return "(" + u.op().name().toLowerCase() + " " + expr(u.operand()) + ")";
        if (e instanceof Expr.Borrow b) return "(" + (b.mutable() ? "&mut " : "& ") + expr(b.operand()) + ")";
        if (e instanceof Expr.Binary b) return "(" + b.op().symbol + " " + expr(b.left()) + " " + expr(b.right()) + ")";
        if (e instanceof Expr.Assign a) return "(= " + expr(a.place()) + " " + expr(a.value()) + ")";
        if (e instanceof Expr.CompoundAssign a) {
            return "(" + a.op().symbol + "= " + expr(a.place()) + " " + expr(a.value()) + ")";
        }
        if (e instanceof Expr.Cast c) return "(as " + expr(c.operand()) + " " + type(c.type()) + ")";
        if (e instanceof Expr.BlockExpr b) return block(b.block());
        if (e instanceof Expr.If i) {
            return "(if " + expr(i.cond()) + " " + block(i.then()) + (i.elseExpr() == null ? "" : " " + expr(i.elseExpr())) + ")";
        }
        if (e instanceof Expr.While w) return "(while" + label(w.label()) + " " + expr(w.cond()) + " " + block(w.body()) + ")";
        if (e instanceof Expr.Loop l) return "(loop" + label(l.label()) + " " + block(l.body()) + ")";
        if (e instanceof Expr.For f) {
            return "(for" + label(f.label()) + " " + pat(f.pat()) + " " + expr(f.iterable()) + " " + block(f.body()) + ")";
        }
        if (e instanceof Expr.Range r) {
            return "(" + (r.inclusive() ? "..=" : "..") + " " + (r.lo() == null ? "_" : expr(r.lo())) + " "
                    + (r.hi() == null ? "_" : expr(r.hi())) + ")";
        }
        if (e instanceof Expr.Break b) {
            return "(break" + label(b.label()) + (b.value() == null ? "" : " " + expr(b.value())) + ")";
        }
        if (e instanceof Expr.Continue c) return "(continue" + label(c.label()) + ")";
        if (e instanceof Expr.Return r) return "(return" + (r.value() == null ? "" : " " + expr(r.value())) + ")";
        if (e instanceof Expr.StructLit s) {
            return "(" + String.join("::", s.path()) + " {"
                    + s.fields().stream().map(f -> f.name() + ": " + expr(f.value())).collect(Collectors.joining(", "))
                    + (s.base() == null ? "" : (s.fields().isEmpty() ? ".." : ", ..") + expr(s.base())) + "})";
        }
        if (e instanceof Expr.Tuple t) return "(tuple" + args(t.elements()) + ")";
        if (e instanceof Expr.Array a) return "(array" + args(a.elements()) + ")";
        if (e instanceof Expr.Underscore) return "_";
        if (e instanceof Expr.Match m) {
            StringBuilder sb = new StringBuilder(m.ifLet() ? "(if-let " : "(match ").append(expr(m.scrutinee()));
            for (Expr.Arm arm : m.arms()) {
                sb.append(" [").append(pat(arm.pat()));
                if (arm.guard() != null) sb.append(" if ").append(expr(arm.guard()));
                sb.append(" => ").append(expr(arm.body())).append(']');
            }
            return sb.append(')').toString();
        }
        if (e instanceof Expr.ArrayRepeat r) return "(array " + expr(r.value()) + "; " + expr(r.count()) + ")";
        if (e instanceof Expr.Index i) return "(index " + expr(i.base()) + " " + expr(i.index()) + ")";
        if (e instanceof Expr.MacroCall m) {
            return "(" + m.name() + "!" + args(m.args()) + (m.format() == null ? "" : " " + format(m.format())) + ")";
        }
        if (e instanceof Expr.Try t) return "(? " + expr(t.operand()) + ")";
        return "<" + ((Expr.Unsupported) e).what() + ">";
    }

    /** {@code ["x = " {0} " and " {1:?} | x y]}: the pieces, then the arguments. */
    static String format(FormatArgs format) {
        List<String> pieces = new ArrayList<>();
        for (FormatArgs.Piece piece : format.pieces()) {
            if (piece instanceof FormatArgs.Text t) {
                pieces.add("\"" + escape(t.text()) + "\"");
            } else {
                FormatArgs.Hole h = (FormatArgs.Hole) piece;
                pieces.add("{" + h.argIndex() + (h.spec().raw().isEmpty() ? "" : ":" + h.spec().raw()) + "}");
            }
        }
        String args = format.args().stream().map(AstPrinter::expr).collect(Collectors.joining(" "));
        return "[" + String.join(" ", pieces) + (args.isEmpty() ? "" : " | " + args) + "]";
    }

    private static String args(List<Expr> args) {
        StringBuilder out = new StringBuilder();
        for (Expr a : args) out.append(" ").append(expr(a));
        return out.toString();
    }

    private static String label(String label) {
        return label == null ? "" : " '" + label;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\'' -> out.append("\\'");
                case 0 -> out.append("\\0");
                default -> {
                    if (c >= 0x20 && c < 0x7F) out.appendCodePoint(c);
                    else out.append("\\u{").append(Integer.toHexString(c)).append("}");
                }
            }
        });
        return out.toString();
    }
}

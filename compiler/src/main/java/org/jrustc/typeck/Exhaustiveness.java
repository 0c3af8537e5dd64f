package org.jrustc.typeck;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jrustc.resolve.Res;
import org.jrustc.runtime.Fmt;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.types.IntKind;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * Whether the patterns of a {@code match} cover every value of the scrutinee's type, and if not,
 * which values they miss (rustc's E0004 names them). This is the usefulness algorithm rustc uses
 * (Maranget's "Warnings for pattern matching"): patterns become rows of constructors, and a
 * wildcard row is tested for usefulness column by column; a column of integers or chars is split
 * into the ranges its patterns mark out. Arms with a guard do not count.
 */
final class Exhaustiveness {

    /** A pattern reduced to what matters for coverage. */
    private sealed interface P {}

    /** Matches anything. */
    private record Wild() implements P {}

    /** A constructor and the patterns of its fields. */
    private record Ctor(Kind kind, List<P> fields) implements P {}

    /** What a constructor is. */
    private sealed interface Kind {}

    /** The one constructor of a tuple, struct or reference. */
    private record Single() implements Kind {}

    private record Bool(boolean value) implements Kind {}

    /** Variant {@code index} of an enum. */
    private record Variant(int index) implements Kind {}

    /** The integers (or char code points) in [lo, hi]. */
    private record Range(BigInteger lo, BigInteger hi) implements Kind {}

    /** A string literal: strings are never all covered by literals. */
    private record Str(String value) implements Kind {}

    private static final P WILD = new Wild();
    /** How many missing patterns are worth finding: rustc names three and counts the rest. */
    private static final int MAX_WITNESSES = 512;

    private final TypeTable table;

    Exhaustiveness(TypeTable table) {
        this.table = table;
    }

    /** The values the patterns miss, as rustc writes them; empty when they cover everything. */
    List<String> missing(List<Pat> patterns, Ty type) {
        List<List<P>> rows = new ArrayList<>();
        for (Pat p : patterns) for (P alternative : lower(p, type)) rows.add(List.of(alternative));
        List<List<P>> witnesses = useful(rows, List.of(type));
        List<String> out = new ArrayList<>();
        for (List<P> w : witnesses) out.add(show(w.get(0), type));
        return out;
    }

    /** rustc's wording for a list of missing patterns: {@code `A`, `B` and 2 more}. */
    static String list(List<String> missing) {
        List<String> quoted = missing.stream().map(m -> "`" + m + "`").toList();
        if (quoted.size() == 1) return quoted.get(0);
        if (quoted.size() <= 3) {
            return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
        }
        return String.join(", ", quoted.subList(0, 3)) + " and " + (quoted.size() - 3) + " more";
    }

    // ---- patterns to rows ----

    /** The alternatives a pattern stands for, each without or-patterns. */
    private List<P> lower(Pat pat, Ty type) {
        if (pat instanceof Pat.Or or) {
            List<P> out = new ArrayList<>();
            for (Pat alternative : or.alternatives()) out.addAll(lower(alternative, type));
            return out;
        }
        boolean binding = pat instanceof Pat.Ident id && !table.resolution.patternValues.containsKey(id) && id.sub() == null;
        if (pat instanceof Pat.Wild || pat instanceof Pat.Rest || binding) return List.of(WILD);
        if (pat instanceof Pat.Ident id && id.sub() != null) return lower(id.sub(), type);
        if (type instanceof Ty.Ref r && !(pat instanceof Pat.Ref) && !(pat.isStrLiteral() && r.inner() instanceof Ty.Str)) {
            // Match ergonomics: the pattern matches the referent.
            List<P> out = new ArrayList<>();
            for (P inner : lower(pat, r.inner())) out.add(new Ctor(new Single(), List.of(inner)));
            return out;
        }
        if (pat instanceof Pat.Ref ref && type instanceof Ty.Ref r) {
            List<P> out = new ArrayList<>();
            for (P inner : lower(ref.inner(), r.inner())) out.add(new Ctor(new Single(), List.of(inner)));
            return out;
        }
        if (pat instanceof Pat.Tuple t && type instanceof Ty.Tuple tt) {
            return product(new Single(), Pat.expandRest(t.elements(), tt.elements().size()), tt.elements());
        }
        Res.Variant variant = table.resolution.patternVariants.get(pat);
        if (variant == null && table.resolution.patternValues.get(pat) instanceof Res.Variant v) variant = v;
        Kind kind = variant == null ? new Single() : new Variant(variant.index());
        StructDef payload = variant != null && type instanceof Ty.Enum e ? e.def().variants().get(variant.index())
                : type instanceof Ty.Adt adt ? adt.def() : null;
        List<Ty> payloadTypes = payload == null ? List.of() : fieldTypesOf(payload, type);
        if (payload != null && !(pat instanceof Pat.TupleStruct) && !(pat instanceof Pat.Struct) && variant != null) {
            return List.of(new Ctor(kind, java.util.Collections.nCopies(payload.fields().size(), WILD)));
        }
        if (pat instanceof Pat.TupleStruct ts && payload != null) {
            return product(kind, Pat.expandRest(ts.elements(), payloadTypes.size()), payloadTypes);
        }
        if (pat instanceof Pat.Struct s && payload != null) {
            StructDef def = payload;
            List<Pat> fields = new ArrayList<>();
            for (StructDef.Field f : def.fields()) {
                Pat given = s.fields().stream().filter(fp -> fp.name().equals(f.name())).map(Pat.FieldPat::pat)
                        .findFirst().orElse(new Pat.Wild(s.span()));
                fields.add(given);
            }
            return product(kind, fields, payloadTypes);
        }
        if (pat instanceof Pat.Literal lit) return List.of(literal(lit.value(), type));
        if (pat instanceof Pat.Range r) {
            BigInteger lo = r.lo() == null ? min(type) : value(r.lo(), type);
            BigInteger hi = r.hi() == null ? max(type) : value(r.hi(), type);
            if (!r.inclusive() && r.hi() != null) hi = hi.subtract(BigInteger.ONE);
            return List.of(new Ctor(new Range(lo, hi), List.of()));
        }
        Res value = table.resolution.patternValues.get(pat);
        if (value instanceof Res.StructCtor) return List.of(new Ctor(new Single(), List.of()));
        if (value instanceof Res.Const c && table.consts.containsKey(c.item())) {
            TypeTable.ConstValue v = table.consts.get(c.item());
            if (type instanceof Ty.Bool) return List.of(new Ctor(new Bool(v.bits() != 0), List.of()));
            BigInteger n = BigInteger.valueOf(v.bits());
            if (type instanceof Ty.Int i && !i.kind().signed && v.bits() < 0) n = n.add(BigInteger.ONE.shiftLeft(64));
            return List.of(new Ctor(new Range(n, n), List.of()));
        }
        if (value instanceof Res.IntConst ic) {
            BigInteger n = ic.max() ? ic.kind().max() : ic.kind().min();
            return List.of(new Ctor(new Range(n, n), List.of()));
        }
        return List.of(WILD); // an error already reported
    }

    /** The rows of a tuple-like pattern of constructor {@code kind}: every combination of its fields' alternatives. */
    private List<P> product(Kind kind, List<Pat> fields, List<Ty> types) {
        List<List<P>> combos = new ArrayList<>();
        combos.add(List.of());
        for (int i = 0; i < fields.size() && i < types.size(); i++) {
            List<List<P>> next = new ArrayList<>();
            for (List<P> prefix : combos) {
                for (P alternative : lower(fields.get(i), types.get(i))) {
                    List<P> extended = new ArrayList<>(prefix);
                    extended.add(alternative);
                    next.add(extended);
                }
            }
            combos = next;
        }
        List<P> out = new ArrayList<>();
        for (List<P> combo : combos) out.add(new Ctor(kind, List.copyOf(combo)));
        return out;
    }

    private P literal(Expr e, Ty type) {
        Expr inner = e instanceof Expr.Unary u ? u.operand() : e;
        if (inner instanceof Expr.BoolLit b) return new Ctor(new Bool(b.value()), List.of());
        if (inner instanceof Expr.StrLit s) return new Ctor(new Str(s.value()), List.of());
        BigInteger v = value(e, type);
        return new Ctor(new Range(v, v), List.of());
    }

    /** The integer or code point a literal (maybe negated) or a constant in a pattern stands for. */
    private BigInteger value(Expr e, Ty type) {
        boolean negated = e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG;
        Expr inner = negated ? ((Expr.Unary) e).operand() : e;
        BigInteger v;
        if (inner instanceof Expr.IntLit lit) {
            v = lit.value();
        } else if (inner instanceof Expr.CharLit c) {
            v = BigInteger.valueOf(c.codePoint());
        } else if (inner instanceof Expr.Path p && table.resolution.paths.get(p) instanceof Res.Const c
                && table.consts.containsKey(c.item())) {
            long bits = table.consts.get(c.item()).bits();
            v = BigInteger.valueOf(bits);
            if (type instanceof Ty.Int i && !i.kind().signed && bits < 0) v = v.add(BigInteger.ONE.shiftLeft(64));
        } else if (inner instanceof Expr.Path p && table.resolution.paths.get(p) instanceof Res.IntConst ic) {
            v = ic.max() ? ic.kind().max() : ic.kind().min();
        } else {
            v = BigInteger.ZERO;
        }
        return negated ? v.negate() : v;
    }

    // ---- usefulness ----

    /**
     * The vectors of values (one per column) that no row matches: empty when the rows cover all.
     * At most {@link #MAX_WITNESSES} are found.
     */
    private List<List<P>> useful(List<List<P>> rows, List<Ty> types) {
        if (types.isEmpty()) return rows.isEmpty() ? List.of(List.of()) : List.of();
        Ty type = types.get(0);
        List<Ty> rest = types.subList(1, types.size());
        List<Kind> present = new ArrayList<>();
        for (List<P> row : rows) if (row.get(0) instanceof Ctor c) present.add(c.kind());
        List<Kind> all = constructors(type, present);
        List<List<P>> witnesses = new ArrayList<>();
        if (all != null && covered(all, present)) {
            for (Kind k : all) {
                List<Ty> fieldTypes = fieldTypes(type, k);
                List<List<P>> specialized = specialize(rows, k, fieldTypes.size());
                List<Ty> types2 = new ArrayList<>(fieldTypes);
                types2.addAll(rest);
                for (List<P> w : useful(specialized, types2)) {
                    List<P> witness = new ArrayList<>();
                    witness.add(new Ctor(k, List.copyOf(w.subList(0, fieldTypes.size()))));
                    witness.addAll(w.subList(fieldTypes.size(), w.size()));
                    witnesses.add(witness);
                    if (witnesses.size() >= MAX_WITNESSES) return witnesses;
                }
            }
            return witnesses;
        }
        List<List<P>> defaults = new ArrayList<>();
        for (List<P> row : rows) if (row.get(0) instanceof Wild) defaults.add(row.subList(1, row.size()));
        List<List<P>> below = useful(defaults, rest);
        if (below.isEmpty()) return below;
        List<P> heads = new ArrayList<>();
        // An empty match on an enum misses every variant; otherwise what no row names is `_`.
        if (all == null || present.isEmpty() && !(rows.isEmpty() && type instanceof Ty.Enum)) {
            heads.add(WILD);
        } else {
            for (Kind k : missingOf(all, present)) {
                heads.add(new Ctor(k, java.util.Collections.nCopies(fieldTypes(type, k).size(), WILD)));
            }
        }
        for (P head : heads) {
            for (List<P> w : below) {
                List<P> witness = new ArrayList<>();
                witness.add(head);
                witness.addAll(w);
                witnesses.add(witness);
                if (witnesses.size() >= MAX_WITNESSES) return witnesses;
            }
        }
        return witnesses;
    }

    /**
     * Every constructor of the type, split so that each either lies wholly inside or wholly outside
     * each of the {@code present} ones (integer ranges); null when they cannot be listed (strings,
     * types jrustc knows no patterns for).
     */
    private List<Kind> constructors(Ty type, List<Kind> present) {
        if (type instanceof Ty.Bool) return List.of(new Bool(false), new Bool(true));
        if (type instanceof Ty.Tuple || type instanceof Ty.Adt || type instanceof Ty.Ref) return List.of(new Single());
        if (type instanceof Ty.Enum e) {
            List<Kind> variants = new ArrayList<>();
            for (int i = 0; i < e.def().variants().size(); i++) variants.add(new Variant(i));
            return variants;
        }
        if (type instanceof Ty.Int || type instanceof Ty.Char) {
            List<Range> whole = type instanceof Ty.Char
                    ? List.of(new Range(BigInteger.ZERO, BigInteger.valueOf(0xD7FF)),
                              new Range(BigInteger.valueOf(0xE000), BigInteger.valueOf(0x10FFFF)))
                    : List.of(new Range(min(type), max(type)));
            TreeSet<BigInteger> cuts = new TreeSet<>();
            for (Kind k : present) {
                if (k instanceof Range r) {
                    cuts.add(r.lo());
                    cuts.add(r.hi().add(BigInteger.ONE));
                }
            }
            List<Kind> pieces = new ArrayList<>();
            for (Range w : whole) {
                BigInteger start = w.lo();
                for (BigInteger cut : cuts.subSet(w.lo(), false, w.hi(), true)) {
                    pieces.add(new Range(start, cut.subtract(BigInteger.ONE)));
                    start = cut;
                }
                pieces.add(new Range(start, w.hi()));
            }
            return pieces;
        }
        return null;
    }

    /** True when every constructor is one of (or within one of) the present ones. */
    private static boolean covered(List<Kind> all, List<Kind> present) {
        for (Kind k : all) if (present.stream().noneMatch(p -> covers(p, k))) return false;
        return true;
    }

    /** The constructors none of the present ones covers, adjacent integer ranges merged. */
    private static List<Kind> missingOf(List<Kind> all, List<Kind> present) {
        List<Kind> out = new ArrayList<>();
        for (Kind k : all) {
            if (present.stream().anyMatch(p -> covers(p, k))) continue;
            if (k instanceof Range r && !out.isEmpty() && out.get(out.size() - 1) instanceof Range last
                    && last.hi().add(BigInteger.ONE).equals(r.lo())) {
                out.set(out.size() - 1, new Range(last.lo(), r.hi()));
            } else {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether a row's constructor {@code p} matches every value of constructor {@code k}. */
    private static boolean covers(Kind p, Kind k) {
        if (p instanceof Range pr && k instanceof Range kr) return pr.lo().compareTo(kr.lo()) <= 0 && pr.hi().compareTo(kr.hi()) >= 0;
        return p.equals(k);
    }

    /** The rows that match constructor {@code k}, with its fields in place of their first column. */
    private static List<List<P>> specialize(List<List<P>> rows, Kind k, int arity) {
        List<List<P>> out = new ArrayList<>();
        for (List<P> row : rows) {
            P head = row.get(0);
            List<P> fields;
            if (head instanceof Wild) {
                fields = java.util.Collections.nCopies(arity, WILD);
            } else if (head instanceof Ctor c && covers(c.kind(), k)) {
                fields = c.kind() instanceof Range ? java.util.Collections.nCopies(arity, WILD) : c.fields();
            } else {
                continue;
            }
            List<P> next = new ArrayList<>(fields);
            next.addAll(row.subList(1, row.size()));
            out.add(next);
        }
        return out;
    }

    private static List<Ty> fieldTypes(Ty type, Kind k) {
        if (k instanceof Variant v && type instanceof Ty.Enum e) return fieldTypesOf(e.def().variants().get(v.index()), type);
        if (!(k instanceof Single)) return List.of();
        if (type instanceof Ty.Tuple t) return t.elements();
        if (type instanceof Ty.Adt a) return fieldTypesOf(a.def(), type);
        if (type instanceof Ty.Ref r) return List.of(r.inner());
        return List.of();
    }

    /** The types of a struct's or variant's fields in {@code whole}, its type arguments substituted. */
    private static List<Ty> fieldTypesOf(StructDef payload, Ty whole) {
        java.util.Map<Ty, Ty> map = whole instanceof Ty.Adt a ? Monomorphizer.substitution(a.def().typeParams(), a.args())
                : whole instanceof Ty.Enum e ? Monomorphizer.substitution(e.def().typeParams(), e.args()) : java.util.Map.of();
        return payload.fields().stream().map(f -> Generics.substitute(f.type(), map)).toList();
    }

    private static BigInteger min(Ty type) {
        return type instanceof Ty.Int i ? i.kind().min() : BigInteger.ZERO;
    }

    private static BigInteger max(Ty type) {
        return type instanceof Ty.Int i ? i.kind().max() : BigInteger.valueOf(0x10FFFF);
    }

    // ---- witnesses as rustc writes them ----

    private String show(P p, Ty type) {
        if (p instanceof Wild) return "_";
        Ctor c = (Ctor) p;
        if (c.kind() instanceof Bool b) return Boolean.toString(b.value());
        if (c.kind() instanceof Str) return "&_";
        if (c.kind() instanceof Range r) return showRange(r, type);
        if (type instanceof Ty.Ref ref) return "&" + show(c.fields().get(0), ref.inner());
        if (type instanceof Ty.Tuple t) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < c.fields().size(); i++) parts.add(show(c.fields().get(i), t.elements().get(i)));
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        }
        if (type instanceof Ty.Adt || type instanceof Ty.Enum) {
            StructDef def = type instanceof Ty.Adt a ? a.def()
                    : ((Ty.Enum) type).def().variants().get(((Variant) c.kind()).index());
            // The prelude's variants (`None`, `Ok`) are in scope by themselves: rustc names them so.
            String name = type instanceof Ty.Enum e && e.def().span().start() < org.jrustc.diag.Span.PRELUDE_START
                    ? e.def().name() + "::" + def.name() : def.name();
            if (def.fields().isEmpty()) return name;
            List<String> parts = new ArrayList<>();
            boolean named = def.shape() == StructDef.Shape.NAMED;
            for (int i = 0; i < c.fields().size(); i++) {
                String field = show(c.fields().get(i), def.fields().get(i).type());
                if (!named) parts.add(field);
                else if (!field.equals("_")) parts.add(def.fields().get(i).name() + ": " + field);
            }
            if (!named) return name + "(" + String.join(", ", parts) + ")";
            if (parts.size() == def.fields().size()) return name + " { " + String.join(", ", parts) + " }";
            return name + " { " + (parts.isEmpty() ? "" : String.join(", ", parts) + ", ") + ".. }";
        }
        return "_";
    }

    private static String showRange(Range r, Ty type) {
        if (type instanceof Ty.Char) {
            String lo = Fmt.debugChar(r.lo().intValue());
            return r.lo().equals(r.hi()) ? lo : lo + "..=" + Fmt.debugChar(r.hi().intValue());
        }
        IntKind kind = ((Ty.Int) type).kind();
        if (r.lo().equals(kind.min()) && r.hi().equals(kind.max())) return "_";
        if (kind == IntKind.USIZE || kind == IntKind.ISIZE) {
            // Their bounds depend on the target: rustc leaves the open end unwritten.
            if (r.hi().equals(kind.max()) && !r.lo().equals(r.hi())) return bound(r.lo(), kind) + "..";
            if (r.lo().equals(kind.min()) && kind.signed && !r.lo().equals(r.hi())) return "..=" + bound(r.hi(), kind);
        }
        String lo = bound(r.lo(), kind);
        return r.lo().equals(r.hi()) ? lo : lo + "..=" + bound(r.hi(), kind);
    }

    private static String bound(BigInteger v, IntKind kind) {
        if (v.equals(kind.max())) return kind.rustName() + "::MAX";
        if (v.equals(kind.min()) && kind.signed) return kind.rustName() + "::MIN";
        return v + "_" + kind.rustName();
    }
}

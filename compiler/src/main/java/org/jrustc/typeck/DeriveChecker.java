package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Unsupported;
import org.jrustc.syntax.ast.Item;
import org.jrustc.types.EnumDef;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * {@code #[derive(…)]} on structs and enums: records which traits each type derives and checks that
 * every field allows it (E0204 for Copy, E0277 for Clone, Debug, Eq and Ord, E0369 for PartialEq).
 * An enum's variants are checked like structs; each variant's payload gets the enum's derives, so
 * that printing and comparing a payload works as for a struct.
 */
final class DeriveChecker {
    private static final Set<String> COMPARISONS = Set.of("PartialEq", "Eq", "PartialOrd", "Ord");
    private static final Set<String> SUPPORTED = Set.of("PartialEq", "Eq", "PartialOrd", "Ord", "Copy", "Clone", "Debug",
            "Default");

    /** A struct's fields, or one variant's: as declared, and as the type checker sees them. */
    private record Payload(StructDef def, List<Item.FieldDef> written) {}

    private final Diagnostics diags;
    private final TypeTable table;

    /** Traits of std that a bound may name but jrustc cannot check yet. */
    static boolean isStdTrait(String name) {
        return Set.of("Hash", "Iterator", "IntoIterator", "From", "Into", "Add", "Sub", "Mul", "Div", "Rem",
                "Neg", "Not", "Index", "Deref", "AsRef", "ToString", "FromStr", "Fn", "FnMut", "FnOnce", "Sized", "Send",
                "Sync", "Error", "Drop").contains(name);
    }

    DeriveChecker(Diagnostics diags, TypeTable table) {
        this.diags = diags;
        this.table = table;
    }

    private List<Payload> payloads(Item.TypeDef item) {
        List<Payload> out = new ArrayList<>();
        if (item instanceof Item.Struct s) {
            out.add(new Payload(table.structDefs.get(s), s.fields()));
        } else {
            Item.Enum e = (Item.Enum) item;
            EnumDef def = table.enumDefs.get(e);
            for (int i = 0; i < e.variants().size(); i++) out.add(new Payload(def.variants().get(i), e.variants().get(i).fields()));
        }
        return out;
    }

    private void setCopy(Item.TypeDef item, boolean copy) {
        if (item instanceof Item.Enum e) table.enumDefs.get(e).setCopy(copy);
        for (Payload p : payloads(item)) p.def().setCopy(copy);
    }

    /**
     * Records the derives of a struct or enum (every type's, before {@link #check} looks at the
     * fields' types) and the Copy it claims.
     */
    void record(Item.TypeDef item) {
        List<String> d = item.derives();
        setCopy(item, d.contains("Copy"));
        if (item instanceof Item.Struct s) table.structDefs.get(s).setDerivesDefault(d.contains("Default"));
        for (Payload p : payloads(item)) {
            p.def().setDerivesClone(d.contains("Clone"));
            p.def().setDebug(d.contains("Debug"));
            p.def().setPartialEq(d.contains("PartialEq"));
            p.def().setPartialOrd(d.contains("PartialOrd"));
            p.def().setEq(d.contains("Eq"));
            p.def().setOrd(d.contains("Ord"));
        }
        if (item instanceof Item.Enum e) {
            EnumDef def = table.enumDefs.get(e);
            def.setDerivesClone(d.contains("Clone"));
            def.setDebug(d.contains("Debug"));
            def.setPartialEq(d.contains("PartialEq"));
            def.setPartialOrd(d.contains("PartialOrd"));
            def.setEq(d.contains("Eq"));
            def.setOrd(d.contains("Ord"));
        }
    }

    /** Checks that the fields allow what the type derives. */
    void check(Item.TypeDef item) {
        List<String> d = item.derives();
        for (String name : d) {
            if (!SUPPORTED.contains(name)) diags.error(null, Unsupported.message("`#[derive(" + name + ")]`"), item.span(), "");
        }
        boolean copy = d.contains("Copy");
        if (!copy && d.contains("Clone")) checkCloneFields(item);
        if (d.contains("Default") && item instanceof Item.Enum) {
            diags.error(null, Unsupported.message("`#[derive(Default)]` on enums"), item.span(), "");
        } else if (d.contains("Default")) {
            checkDefaultFields(item);
        }
        if (copy && !d.contains("Clone")) {
            diags.error("E0277", "the trait bound `" + item.name() + ": Clone` is not satisfied", item.nameSpan(),
                    "the trait `Clone` is not implemented for `" + item.name() + "`");
        }
        if (copy) copy = checkCopyFields(item);
        setCopy(item, copy);
        checkDebugFields(item);
        checkComparisons(item);
    }

    /** derive(Copy) needs every field to be Copy (E0204), and derive(Clone) every field to be Clone. */
    private boolean checkCopyFields(Item.TypeDef item) {
        for (Payload p : payloads(item)) {
            for (int i = 0; i < p.def().fields().size(); i++) {
                Ty field = p.def().fields().get(i).type();
                if (!field.isCopy() && !(field instanceof Ty.Param)) {
                    diags.report(Diagnostic.error("E0204", "the trait `Copy` cannot be implemented for this type",
                            item.nameSpan(), "").withLabel(new Label(p.written().get(i).span(),
                            "this field does not implement `Copy`")));
                    reportCloneFields(item);
                    return false;
                }
            }
        }
        return true;
    }

    /** The non-Copy struct fields are not Clone either (no other Clone exists yet). */
    private void reportCloneFields(Item.TypeDef item) {
        for (Payload p : payloads(item)) {
            for (StructDef.Field f : p.def().fields()) {
                if (!f.type().isCopy() && (f.type() instanceof Ty.Adt || f.type() instanceof Ty.Enum)) {
                    diags.error("E0277", "the trait bound `" + f.type().display() + ": Clone` is not satisfied", f.span(),
                            "the trait `Clone` is not implemented for `" + f.type().display() + "`");
                }
            }
        }
    }

    /** derive(Clone) clones every field: each field's type must be Clone (E0277). */
    private void checkCloneFields(Item.TypeDef item) {
        for (Payload p : payloads(item)) {
            for (int i = 0; i < p.def().fields().size(); i++) {
                Ty t = p.def().fields().get(i).type();
                if (!isCloneable(t) && !Generics.isAbstract(t)) { // a derive bounds each type parameter by Clone
                    diags.error("E0277", "the trait bound `" + t.display() + ": Clone` is not satisfied",
                            p.written().get(i).span(), "the trait `Clone` is not implemented for `" + t.display() + "`");
                }
            }
        }
    }

    /**
     * Whether values of a type can be cloned: Copy types, boxes and tuples and arrays of cloneable
     * values, and structs and enums that derive Clone (their arguments cloneable) or implement it.
     */
    static boolean isCloneable(Ty t) {
        if (t.isCopy() || t instanceof Ty.Error) return true;
        if (t instanceof Ty.Param p) return p.hasBound("Clone") || p.hasBound("Copy");
        if (t instanceof Ty.Boxed b) return isCloneable(b.inner());
        if (t instanceof Ty.Tuple tuple) return tuple.elements().stream().allMatch(DeriveChecker::isCloneable);
        if (t instanceof Ty.Array a) return isCloneable(a.element());
        if (t instanceof Ty.Adt a) {
            return a.def().cloneFn() != null || a.def().derivesClone() && a.args().stream().allMatch(DeriveChecker::isCloneable);
        }
        if (t instanceof Ty.Enum e) {
            return e.def().cloneFn() != null || e.def().derivesClone() && e.args().stream().allMatch(DeriveChecker::isCloneable);
        }
        return false;
    }

    /** derive(Default) makes every field its default: each field's type must have one (E0277). */
    private void checkDefaultFields(Item.TypeDef item) {
        for (Payload p : payloads(item)) {
            for (int i = 0; i < p.def().fields().size(); i++) {
                Ty t = p.def().fields().get(i).type();
                if (!isDefaultable(t) && !Generics.isAbstract(t)) {
                    diags.error("E0277", "the trait bound `" + t.display() + ": Default` is not satisfied",
                            p.written().get(i).span(), "the trait `Default` is not implemented for `" + t.display() + "`");
                }
            }
        }
    }

    /**
     * Whether a type has a default value: numbers, bool and char (zero), tuples, arrays and boxes of
     * such, {@code Option} ({@code None}), structs deriving Default, and types with their own impl.
     */
    static boolean isDefaultable(Ty t) {
        if (t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char || t instanceof Ty.Error) {
            return true;
        }
        if (t instanceof Ty.Param p) return p.hasBound("Default");
        if (t instanceof Ty.Ref r) return !r.mutable() && r.inner() instanceof Ty.Str;
        if (t instanceof Ty.Boxed b) return isDefaultable(b.inner());
        if (t instanceof Ty.Tuple tuple) return tuple.elements().stream().allMatch(DeriveChecker::isDefaultable);
        if (t instanceof Ty.Array a) return isDefaultable(a.element());
        if (t instanceof Ty.Adt a) {
            return a.def().defaultFn() != null || a.def().derivesDefault() && a.args().stream().allMatch(DeriveChecker::isDefaultable);
        }
        if (t instanceof Ty.Enum e) return e.def().defaultFn() != null || isPreludeOption(e.def());
        return false;
    }

    /** The prelude's Option, whose default is None whatever its type argument. */
    static boolean isPreludeOption(org.jrustc.types.EnumDef def) {
        return def.name().equals("Option") && def.span().start() >= org.jrustc.diag.Span.PRELUDE_START;
    }

    /** derive(Debug) prints every field with Debug: each field's type must have it (E0277). */
    private void checkDebugFields(Item.TypeDef item) {
        if (!item.derives().contains("Debug")) return;
        for (Payload p : payloads(item)) {
            for (int i = 0; i < p.def().fields().size(); i++) {
                Ty t = p.def().fields().get(i).type();
                if (!implementsDebug(t)) {
                    diags.error("E0277", "`" + t.display() + "` doesn't implement `Debug`", p.written().get(i).type().span(),
                            "`" + t.display() + "` cannot be formatted using `{:?}`");
                }
            }
        }
    }

    /** Whether values of a (final) type can be printed with {@code {:?}}. */
    static boolean implementsDebug(Ty t) {
        if (t instanceof Ty.Param) return true; // a derive bounds each type parameter by its trait
        if (t instanceof Ty.Ref r) return r.inner() instanceof Ty.Str || implementsDebug(r.inner());
        if (t instanceof Ty.Boxed b) return implementsDebug(b.inner());
        if (t instanceof Ty.Tuple tuple) {
            return tuple.elements().size() <= BodyChecker.MAX_TUPLE_TRAITS
                    && tuple.elements().stream().allMatch(DeriveChecker::implementsDebug);
        }
        if (t instanceof Ty.Array a) return implementsDebug(a.element());
        if (t instanceof Ty.Adt adt) return adt.def().isDebug();
        if (t instanceof Ty.Enum e) return e.def().isDebug();
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char
                || t instanceof Ty.Error;
    }

    /**
     * derive(PartialEq) and derive(PartialOrd) compare the fields, which must be comparable (E0369,
     * E0277); Eq and Ord need total equality and order in every field; Eq needs PartialEq,
     * PartialOrd needs PartialEq, Ord needs Eq and PartialOrd.
     */
    private void checkComparisons(Item.TypeDef item) {
        List<String> d = item.derives();
        String[][] needs = {{"Eq", "PartialEq"}, {"PartialOrd", "PartialEq"}, {"Ord", "Eq"}, {"Ord", "PartialOrd"}};
        for (String[] need : needs) {
            if (d.contains(need[0]) && !d.contains(need[1])) {
                String message = need[1].equals("PartialEq") || need[1].equals("PartialOrd")
                        ? "can't compare `" + item.name() + "` with `" + item.name() + "`"
                        : "the trait bound `" + item.name() + ": " + need[1] + "` is not satisfied";
                diags.error("E0277", message, item.nameSpan(), "");
            }
        }
        for (Payload p : payloads(item)) {
            for (int i = 0; i < p.def().fields().size(); i++) {
                Ty t = p.def().fields().get(i).type();
                Item.FieldDef written = p.written().get(i);
                for (String total : List.of("Eq", "Ord")) {
                    Ty culprit = notTotal(t, total.equals("Ord"));
                    if (d.contains(total) && culprit != null) {
                        diags.error("E0277", "the trait bound `" + culprit.display() + ": " + total + "` is not satisfied",
                                written.span(), "the trait `" + total + "` is not implemented for `" + culprit.display() + "`");
                    }
                }
                if (d.contains("PartialEq") && !comparable(t, false)) {
                    diags.error("E0369", "binary operation `==` cannot be applied to type `" + t.display() + "`",
                            written.span(), "");
                } else if (d.contains("PartialOrd") && !comparable(t, true)) {
                    diags.error("E0277", "can't compare `" + t.display() + "` with `" + t.display() + "`", written.span(),
                            "no implementation for `" + t.display() + " < " + t.display() + "` and `" + t.display()
                            + " > " + t.display() + "`");
                }
            }
        }
    }

    /**
     * Whether two values of a (final) type can be compared with {@code ==} ({@code ordering} false) or
     * {@code <}: scalars, {@code &str}, and references, boxes, tuples, arrays, structs and enums of
     * such values (structs and enums that derive the comparison).
     */
    static boolean comparable(Ty t, boolean ordering) {
        if (t instanceof Ty.Param) return true;
        if (t instanceof Ty.Ref r) return r.inner() instanceof Ty.Str || comparable(r.inner(), ordering);
        if (t instanceof Ty.Boxed b) return comparable(b.inner(), ordering);
        if (t instanceof Ty.Tuple tuple) {
            return tuple.elements().size() <= BodyChecker.MAX_TUPLE_TRAITS
                    && tuple.elements().stream().allMatch(e -> comparable(e, ordering));
        }
        if (t instanceof Ty.Array a) return comparable(a.element(), ordering);
        if (t instanceof Ty.Adt adt) return ordering ? adt.def().isPartialOrd() : adt.def().isPartialEq();
        if (t instanceof Ty.Enum e) return ordering ? e.def().isPartialOrd() : e.def().isPartialEq();
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char || t instanceof Ty.Error;
    }

    /**
     * The part of a field's type that keeps derive(Eq) or derive(Ord) from holding (a float, or a
     * struct or enum that does not derive it), or null when the whole type has it.
     */
    static Ty notTotal(Ty t, boolean ordering) {
        if (t instanceof Ty.Float) return t;
        if (t instanceof Ty.Adt adt) return (ordering ? adt.def().isOrd() : adt.def().isEq()) ? null : t;
        if (t instanceof Ty.Enum e) return (ordering ? e.def().isOrd() : e.def().isEq()) ? null : t;
        List<Ty> parts = t instanceof Ty.Ref r ? List.of(r.inner())
                : t instanceof Ty.Boxed b ? List.of(b.inner())
                : t instanceof Ty.Array a ? List.of(a.element())
                : t instanceof Ty.Tuple tuple ? tuple.elements() : List.of();
        for (Ty part : parts) {
            Ty culprit = notTotal(part, ordering);
            if (culprit != null) return culprit;
        }
        return null;
    }
}

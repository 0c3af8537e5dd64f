package org.jrustc.types;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;

/**
 * An enum declaration. Each variant's fields are described by a {@link StructDef} named after the
 * variant (its payload): a value of the enum is a tag cell holding the index of the active variant,
 * followed by that variant's payload laid out as a struct would be (DESIGN.md's memory model; the
 * enum takes as many cells as its largest variant, plus one).
 */
public final class EnumDef extends TypeDeclaration {
    private final List<StructDef> variants = new ArrayList<>();
    private final List<Long> discriminants = new ArrayList<>();

    public EnumDef(String name, Span span) {
        super(name, span);
    }

    /** The variants' payloads, in declaration order (a variant's index is its position here). */
    public List<StructDef> variants() { return variants; }

    /** The discriminant of each variant, as written or implied ({@code as} casts give it). */
    public List<Long> discriminants() { return discriminants; }

    public int variantIndex(String variantName) {
        for (int i = 0; i < variants.size(); i++) if (variants.get(i).name().equals(variantName)) return i;
        return -1;
    }

    /** True when no variant has fields, so that {@code as} casts to integers are allowed. */
    public boolean isFieldless() {
        return variants.stream().allMatch(v -> v.fields().isEmpty());
    }

    @Override public String toString() { return "enum " + name(); }
}

package org.jrustc.typeck;

import java.util.Map;
import java.util.Set;
import org.jrustc.types.Ty;

/**
 * The methods of {@code char} that jrustc provides (the runtime's {@code CharMethods} computes
 * them): all take no argument besides the char.
 */
final class CharMethods {
    private CharMethods() {}

    private static final Set<String> PREDICATES = Set.of("is_alphabetic", "is_numeric", "is_alphanumeric",
            "is_whitespace", "is_uppercase", "is_lowercase", "is_control", "is_ascii", "is_ascii_alphabetic",
            "is_ascii_digit", "is_ascii_alphanumeric", "is_ascii_uppercase", "is_ascii_lowercase",
            "is_ascii_punctuation", "is_ascii_whitespace", "is_ascii_hexdigit", "is_ascii_graphic", "is_ascii_control");
    private static final Map<String, Ty> OTHERS = Map.of("to_ascii_uppercase", Ty.CHAR, "to_ascii_lowercase", Ty.CHAR,
            "len_utf8", Ty.USIZE);

    /** The result type of the method, or null when jrustc does not provide it. */
    static Ty resultOf(String method) {
        if (PREDICATES.contains(method)) return Ty.BOOL;
        return OTHERS.get(method);
    }
}

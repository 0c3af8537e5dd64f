/**
 * The memory trace (docs/TRACE.md): what a program compiled with {@code --trace} reports at each call
 * and return, kept and printed as the chapter's {@code Address Name Value} tables or as JSON lines.
 * Untraced programs never touch this package.
 */
package org.jrustc.runtime.trace;

/** The runtime that compiled programs link against: memory (stack and heap), panics, printing. */
package org.jrustc.runtime;

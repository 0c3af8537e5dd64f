/** The pipeline as one chain of passes. */
package org.jrustc.driver;

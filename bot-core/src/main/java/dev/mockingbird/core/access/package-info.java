/** Who may change what a whole chat shares: its admins, as the platform knows them. */
@NullMarked
package dev.mockingbird.core.access;

import org.jspecify.annotations.NullMarked;

/**
 * The daily question: a chat subscribes with /daily, and the engine posts it a question every day through each
 * platform's outbound port, once across all instances.
 */
@NullMarked
package dev.mockingbird.core.daily;

import org.jspecify.annotations.NullMarked;

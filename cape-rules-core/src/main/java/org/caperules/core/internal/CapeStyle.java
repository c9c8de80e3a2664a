/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.caperules.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of cape-rules.
 *
 * <ul>
 *   <li>{@code jdkOnly}: the generated code uses JDK collections only (no Guava).
 *   <li>{@code allowedClasspathAnnotations}: no {@code javax}/{@code jakarta} {@code @Generated}.
 *   <li>package-private implementation, overshadowed: the API shows only the hand-written
 *       abstract class and its {@code Builder}.
 *   <li>no {@code withX} copy methods: derive variants with {@code builder().from(x)}.
 *   <li>{@code get}: {@code getX()} is attribute {@code x}, the Immutables default; an
 *       optional attribute is a {@code @Nullable} accessor {@code x()} ({@code Entry}).
 * </ul>
 *
 * <p>This package is not exported; the annotation has class retention and is not needed at run
 * time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    get = {"get*"},
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false))
public @interface CapeStyle {}

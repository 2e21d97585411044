/** A Spring Boot application that serves Veivalg's JSON contract through the veivalg-jackson module. */
package io.github.veivalg.examples.spring;

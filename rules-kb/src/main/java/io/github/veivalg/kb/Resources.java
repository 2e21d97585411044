package io.github.veivalg.kb;

import java.io.InputStream;

/**
 * Opens the knowledge base's own resources (message bundles, version file) for the engine. Read
 * through a class of this jar, so that they are found on the module path too, where a resource is
 * read from the module it belongs to.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * The resource at a path below {@code io/github/veivalg/kb/}, for example
     * {@code messages/paths_nb.properties}, or {@code null} when there is none. The caller closes it.
     */
    public static InputStream open(String path) {
        return Resources.class.getResourceAsStream(path);
    }
}

package org.dyad.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The {@code <modules>} and {@code <dependencies>} a POM declares, read as written (no inheritance). */
record PomDependencies(List<String> modules, List<Declared> dependencies) {
    PomDependencies {
        modules = List.copyOf(modules);
        dependencies = List.copyOf(dependencies);
    }

    /** One declared dependency; an absent scope is {@code compile}, an absent type {@code jar}. */
    record Declared(String groupId, String artifactId, String scope, String type) {
        Declared {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(type, "type");
        }

        /** True when the dependency is on the classpath of the module's main code. */
        boolean main() {
            return !scope.equals("test") && !type.equals("test-jar");
        }
    }

    static PomDependencies read(Path pom) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project;
            try (var in = Files.newInputStream(pom)) {
                project = f.newDocumentBuilder().parse(in).getDocumentElement();
            }
            List<String> modules = new ArrayList<>();
            for (Element m : children(child(project, "modules"), "module")) {
                modules.add(m.getTextContent().trim());
            }
            List<Declared> deps = new ArrayList<>();
            for (Element d : children(child(project, "dependencies"), "dependency")) {
                deps.add(new Declared(text(d, "groupId", ""), text(d, "artifactId", ""), text(d, "scope", "compile"),
                        text(d, "type", "jar")));
            }
            return new PomDependencies(modules, deps);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name, String otherwise) {
        Element e = child(parent, name);
        return e == null ? otherwise : e.getTextContent().trim();
    }
}

package io.okrscorecard.report;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report's HTML as a W3C DOM, built in code: every value is a text node or an attribute value, never markup, so no
 * summary, name or URL can become an element, a script or a style, whatever it holds. openhtmltopdf lays the tree out
 * as it is ({@code PdfRendererBuilder.withW3cDocument}), with no HTML parser between.
 */
final class HtmlTree {
    private final Document document;

    HtmlTree() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            this.document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM builder is not available", e);
        }
    }

    Document document() {
        return document;
    }

    /** A new root element (the {@code html} element). */
    Element root(String tag) {
        Element root = document.createElement(tag);
        document.appendChild(root);
        return root;
    }

    /** A child element of {@code parent} with this class (none when null) and text (none when null). */
    Element add(Element parent, String tag, String cssClass, String text) {
        Element element = document.createElement(tag);
        if (cssClass != null) {
            element.setAttribute("class", cssClass);
        }
        if (text != null) {
            element.appendChild(document.createTextNode(text));
        }
        parent.appendChild(element);
        return element;
    }

    Element add(Element parent, String tag, String cssClass) {
        return add(parent, tag, cssClass, null);
    }

    /** Text appended to an element. */
    void text(Element parent, String text) {
        parent.appendChild(document.createTextNode(text));
    }
}

package com.siyu.workbench.queue;

/**
 * A task's approved content with the contact's values filled in: what the guide copies or sends.
 *
 * @param attachmentsJson the content's attachments as a JSON array in add_msg_template's shape, or null
 */
public record RenderedMessage(String contentName, int version, String text, String attachmentsJson) {
}

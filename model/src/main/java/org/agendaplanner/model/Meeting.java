package org.agendaplanner.model;

/** Who meets, and where: the header of the organization of work. */
public record Meeting(String id, LocalizedText title, LocalizedText venue, String timeZone) {
}

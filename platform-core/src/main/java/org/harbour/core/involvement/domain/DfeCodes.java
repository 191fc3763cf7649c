package org.harbour.core.involvement.domain;

/**
 * The code lists involvements are recorded with, from the DfE's Children in Need census and
 * SSDA903 (children looked after) specifications for collection year 2025-26, so that the returns
 * come straight from the records. Lists marked local are Harbour's own where the DfE has none.
 */
public final class DfeCodes {

    private static final String CIN = "CIN census 2025-26";
    private static final String SSDA903 = "SSDA903 2025-26";
    private static final String LOCAL = "Harbour";

    public static final CodeList REFERRAL_SOURCE = CodeList.of("ReferralSource", CIN,
            "1A", "Individual: family member, relative or carer",
            "1B", "Individual: acquaintance, including neighbours and child minders",
            "1C", "Individual: self",
            "1D", "Individual: other",
            "2A", "Schools",
            "2B", "Education services",
            "3A", "Health services: GP",
            "3B", "Health services: health visitor",
            "3C", "Health services: school nurse",
            "3D", "Health services: other primary health services",
            "3E", "Health services: A&E (emergency department)",
            "3F", "Health services: other",
            "4", "Housing",
            "5A", "Local authority services: social care",
            "5B", "Local authority services: other internal",
            "5C", "Local authority services: external",
            "5D", "Early help",
            "6", "Police",
            "7", "Other legal agency",
            "8", "Other",
            "9", "Anonymous",
            "10", "Unknown");

    public static final CodeList PRIMARY_NEED = CodeList.of("PrimaryNeedCode", CIN,
            "N0", "Not stated",
            "N1", "Abuse or neglect",
            "N2", "Child's disability or illness",
            "N3", "Parental disability or illness",
            "N4", "Family in acute stress",
            "N5", "Family dysfunction",
            "N6", "Socially unacceptable behaviour",
            "N7", "Low income",
            "N8", "Absent parenting",
            "N9", "Cases other than children in need");

    /** The category of need of a looked-after period (SSDA903 CIN): the need that brought the child into care. */
    public static final CodeList CATEGORY_OF_NEED = CodeList.of("CIN", SSDA903,
            "N1", "Abuse or neglect",
            "N2", "Child's disability",
            "N3", "Parental illness or disability",
            "N4", "Family in acute stress",
            "N5", "Family dysfunction",
            "N6", "Socially unacceptable behaviour",
            "N7", "Low income",
            "N8", "Absent parenting");

    public static final CodeList CLOSURE_REASON = CodeList.of("ReasonForClosure", CIN,
            "RC1", "Adopted",
            "RC2", "Died",
            "RC3", "Child arrangements order",
            "RC4", "Special guardianship order",
            "RC5", "Transferred to services of another local authority",
            "RC6", "Transferred to adult social care services",
            "RC7", "Services ceased for any other reason, including child no longer in need",
            "RC8", "Case closed after assessment, no further action",
            "RC9", "Case closed after assessment, referred to early help");

    public static final CodeList ASSESSMENT_FACTOR = CodeList.of("FactorsIdentifiedAtAssessment", CIN,
            "1A", "Alcohol misuse: child",
            "1B", "Alcohol misuse: parent or carer",
            "1C", "Alcohol misuse: other person in the household",
            "2A", "Drug misuse: child",
            "2B", "Drug misuse: parent or carer",
            "2C", "Drug misuse: other person in the household",
            "3A", "Domestic abuse: child",
            "3B", "Domestic abuse: parent or carer",
            "3C", "Domestic abuse: other person in the household",
            "4A", "Mental health: child",
            "4B", "Mental health: parent or carer",
            "4C", "Mental health: other person in the household",
            "5A", "Learning disability: child",
            "5B", "Learning disability: parent or carer",
            "5C", "Learning disability: other person in the household",
            "6A", "Physical disability or illness: child",
            "6B", "Physical disability or illness: parent or carer",
            "6C", "Physical disability or illness: other person in the household",
            "7A", "Young carer",
            "8B", "Privately fostered",
            "9A", "Unaccompanied asylum-seeking child",
            "10A", "Going or being missing",
            "11A", "Child sexual exploitation",
            "12A", "Trafficking",
            "13A", "Gangs",
            "14A", "Socially unacceptable behaviour",
            "15A", "Self-harm",
            "16A", "Abuse or neglect: neglect",
            "17A", "Abuse or neglect: emotional abuse",
            "18B", "Abuse or neglect: physical abuse",
            "19B", "Abuse or neglect: sexual abuse",
            "20", "Other",
            "21", "No factors identified",
            "22A", "Female genital mutilation",
            "23A", "Abuse linked to faith or belief",
            "24A", "Child criminal exploitation");

    public static final CodeList ABUSE_CATEGORY = CodeList.of("CategoryOfAbuse", CIN,
            "NEG", "Neglect",
            "PHY", "Physical abuse",
            "SAB", "Sexual abuse",
            "EMO", "Emotional abuse",
            "MUL", "Multiple");

    public static final CodeList S47_OUTCOME = CodeList.of("Section 47 outcome", LOCAL,
            "ICPC", "Concerns substantiated: initial child protection conference",
            "CIN", "Concerns substantiated, child not at continuing risk: child in need plan",
            "NFA", "Concerns not substantiated: no further action");

    public static final CodeList CONTACT_SOURCE = REFERRAL_SOURCE;

    public static final CodeList LEGAL_STATUS = CodeList.of("LS", SSDA903,
            "C1", "Interim care order",
            "C2", "Full care order",
            "D1", "Freeing order granted",
            "E1", "Placement order granted",
            "V2", "Single period of accommodation under section 20",
            "V3", "Accommodated under an agreed series of short-term breaks (single placements)",
            "V4", "Accommodated under an agreed series of short-term breaks (multiple placements)",
            "L1", "Under police protection and in local authority accommodation",
            "L2", "Emergency protection order",
            "L3", "Under a child assessment order and in local authority accommodation",
            "J1", "Remanded to local authority accommodation or youth detention accommodation",
            "J2", "Placed in local authority accommodation under PACE",
            "J3", "Sentenced to a youth rehabilitation order with residence or intensive fostering");

    public static final CodeList PLACEMENT_TYPE = CodeList.of("PLACE", SSDA903,
            "A3", "Placed for adoption with parental consent with current foster carer",
            "A4", "Placed for adoption with parental consent not with current foster carer",
            "A5", "Placed for adoption with placement order with current foster carer",
            "A6", "Placed for adoption with placement order not with current foster carer",
            "K1", "Secure children's home",
            "K2", "Children's home",
            "K3", "Registered supported accommodation",
            "P1", "Placed with own parent(s) or other person(s) with parental responsibility",
            "P3", "Residential employment",
            "R1", "Residential care home",
            "R2", "NHS, health trust or other establishment providing medical or nursing care",
            "R3", "Family centre or mother and baby unit",
            "R5", "Young offender institution or prison",
            "S1", "All residential schools, except where dual-registered as a school and children's home",
            "T0", "Temporary placement: all types of temporary move",
            "T1", "Temporary periods in hospital",
            "T2", "Temporary absences of the child on holiday",
            "T3", "Temporary accommodation whilst normal foster carer is on holiday",
            "T4", "Temporary accommodation of seven days or less",
            "U1", "Foster placement with relative or friend: long term fostering",
            "U2", "Foster placement with relative or friend who is also an approved adopter",
            "U3", "Foster placement with relative or friend: not long term or FFA",
            "U4", "Foster placement with other foster carer: long term fostering",
            "U5", "Foster placement with other foster carer who is also an approved adopter",
            "U6", "Foster placement with other foster carer: not long term or FFA",
            "Z11", "Other placements: pre-2024 independent living",
            "Z12", "Other placements: supported lodgings",
            "Z13", "Other placements: unregulated accommodation",
            "Z14", "Other placements: other");

    public static final CodeList PLACEMENT_PROVIDER = CodeList.of("PLACE_PROVIDER", SSDA903,
            "PR0", "Parent(s) or other person(s) with parental responsibility",
            "PR1", "Own provision (by the local authority)",
            "PR2", "Other local authority provision",
            "PR3", "Other public provision (e.g. by a primary care trust)",
            "PR4", "Private provision",
            "PR5", "Voluntary or third sector provision");

    /** Whether the placement is inside or outside the placing authority's boundary (PL_LOCATION). */
    public static final CodeList PLACEMENT_LOCATION = CodeList.of("PL_LOCATION", SSDA903,
            "IN", "Inside the authority",
            "OUT", "Outside the authority");

    public static final CodeList REASON_NEW_EPISODE = CodeList.of("RNE", SSDA903,
            "S", "Started to be looked after",
            "L", "Change of legal status only",
            "P", "Change of placement and carer(s) only",
            "T", "Change of placement, same carer(s)",
            "B", "Change of legal status and placement and carer(s) at the same time",
            "U", "Change of legal status and change of placement, same carer(s)");

    public static final CodeList REASON_EPISODE_CEASED = CodeList.of("REC", SSDA903,
            "E11", "Adopted: application for an adoption order unopposed",
            "E12", "Adopted: consent dispensed with by the court",
            "E2", "Died",
            "E3", "Care taken over by another local authority in the UK",
            "E4A", "Returned home to live with parents or relatives as part of the care planning process",
            "E4B", "Returned home to live with parents or relatives not as part of the care planning process",
            "E13", "Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility",
            "E41", "Residence order or child arrangements order granted",
            "E45", "Special guardianship order made to former foster carer(s)",
            "E46", "Special guardianship order made to carer(s) other than former foster carer(s)",
            "E47", "Child arrangements order granted to former foster carer(s)",
            "E48", "Child arrangements order granted to carer(s) other than former foster carer(s)",
            "E5", "Moved into independent living with supportive accommodation providing formalised advice",
            "E6", "Moved into independent living with no formalised advice or support",
            "E7", "Transferred to residential care funded by adult social care services",
            "E8", "Period of being looked after ceased for any other reason",
            "E9", "Sentenced to custody",
            "E14", "Accommodation on remand ended",
            "E15", "Age assessment determined child is aged 18 or over",
            "E16", "Child moved abroad",
            "E17", "Aged 18 or over and remained with current carers (including Staying Put)",
            "X1", "Episode ceases, and new episode begins on the same day, for any reason");

    public static final CodeList REASON_PLACE_CHANGE = CodeList.of("REASON_PLACE_CHANGE", SSDA903,
            "CARPL", "Change to the plan for the child",
            "CLOSE", "Placement closed or provider deregistered",
            "ALLEG", "Allegation against the carer",
            "STAND", "Standards of care concern",
            "APPRR", "Approval of the carer removed",
            "CREQB", "Carer requests placement end: child's behaviour",
            "CREQO", "Carer requests placement end: other reason",
            "CHILD", "Child requests placement end",
            "LAREQ", "Responsible authority requests placement end",
            "PLACE", "Change of placement planned as part of the care plan",
            "CUSTOD", "Child going into custody",
            "OTHER", "Other");

    public static final CodeList CARE_LEAVER_STATUS = CodeList.of("Care leaver status", LOCAL,
            "ELIGIBLE", "Eligible: looked after 13 weeks from age 14, still looked after at 16 or 17",
            "RELEVANT", "Relevant: aged 16 or 17, eligible, no longer looked after",
            "FORMER", "Former relevant: aged 18 to 25, previously eligible or relevant",
            "QUALIFYING", "Qualifying: aged 16 to 21, looked after after 16 but not eligible");

    public static final CodeList IN_TOUCH = CodeList.of("IN_TOUCH", SSDA903,
            "YES", "In touch",
            "NO", "Not in touch",
            "DIED", "Died",
            "REFU", "Young person refuses contact",
            "NREQ", "Young person no longer requires services",
            "RHOM", "Returned home to parents or relatives for six months or more");

    public static final CodeList ACTIVITY = CodeList.of("ACTIV", SSDA903,
            "F1", "Full-time in higher education",
            "P1", "Part-time in higher education",
            "F2", "Full-time in education other than higher education",
            "P2", "Part-time in education other than higher education",
            "F3", "Full-time apprenticeship",
            "P3", "Part-time apprenticeship",
            "F4", "Full-time training or employment",
            "P4", "Part-time training or employment",
            "G4", "Not in education, training or employment: illness or disability",
            "G5", "Not in education, training or employment: other reasons",
            "G6", "Not in education, training or employment: pregnancy or parenting");

    public static final CodeList ACCOMMODATION = CodeList.of("ACCOM", SSDA903,
            "B1", "With parents or relatives: suitable",
            "B2", "With parents or relatives: not suitable",
            "C1", "Community home: suitable",
            "C2", "Community home: not suitable",
            "D1", "Semi-independent, transitional accommodation: suitable",
            "D2", "Semi-independent, transitional accommodation: not suitable",
            "E1", "Supported lodgings: suitable",
            "E2", "Supported lodgings: not suitable",
            "G1", "Gateway or foyer: suitable",
            "G2", "Gateway or foyer: not suitable",
            "H1", "Independent living: suitable",
            "H2", "Independent living: not suitable",
            "K1", "Emergency accommodation: suitable",
            "K2", "Emergency accommodation: not suitable",
            "R1", "Bed and breakfast: suitable",
            "R2", "Bed and breakfast: not suitable",
            "S1", "In custody: suitable",
            "S2", "In custody: not suitable",
            "T1", "Other accommodation: suitable",
            "T2", "Other accommodation: not suitable",
            "U1", "With former foster carers: suitable",
            "U2", "With former foster carers: not suitable",
            "Z1", "Residence not known");

    public static final CodeList EARLY_HELP_LEAD_AGENCY = CodeList.of("Early help lead agency", LOCAL,
            "LA_EARLY_HELP", "Local authority early help team",
            "SCHOOL", "School or college",
            "HEALTH", "Health visiting or school nursing",
            "FAMILY_HUB", "Family hub or children's centre",
            "VOLUNTARY", "Voluntary or community organisation",
            "HOUSING", "Housing",
            "OTHER", "Other agency");

    private DfeCodes() {
    }
}

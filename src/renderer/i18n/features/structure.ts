/** UI strings of the argument structure (roles, legend, outline, inspector, checks), in English and Dutch. */
export const structureMessages = {
  en: {
    role_claim: "Claim",
    structure_junctionSupport: "Reason for “{target}”",
    structure_junctionLinked: "Linked reason ({count} premises together) for “{target}”",
    structure_junctionAttack: "Objection to “{target}”",
    structure_junctionUndercut: "Undercut of the reason for “{target}”",
    structure_legendSupports: "supports",
    structure_legendAttacks: "attacks",
    structure_legendLinked: "linked premises (only together)",
    structure_linkedWith: "linked: works only together with {count} other {count|premise|premises}",
    structure_undercutTarget: "The reason {premises} → “{target}”",
    structure_centralReplaced: "The new statement is the central claim now; “{before}” no longer is. Ctrl+Z undoes it.",
  },
  nl: {
    role_claim: "Bewering",
    structure_junctionSupport: "Reden voor “{target}”",
    structure_junctionLinked: "Gekoppelde reden ({count} premissen samen) voor “{target}”",
    structure_junctionAttack: "Bezwaar tegen “{target}”",
    structure_junctionUndercut: "Ondermijning van de reden voor “{target}”",
    structure_legendSupports: "ondersteunt",
    structure_legendAttacks: "valt aan",
    structure_legendLinked: "gekoppelde premissen (alleen samen)",
    structure_linkedWith: "gekoppeld: werkt alleen samen met {count} andere {count|premisse|premissen}",
    structure_undercutTarget: "De reden {premises} → “{target}”",
    structure_centralReplaced: "De nieuwe bewering is nu de hoofdstelling; “{before}” niet meer. Ctrl+Z maakt het ongedaan.",
  },
} satisfies { en: Record<string, string>; nl: Record<string, string> };

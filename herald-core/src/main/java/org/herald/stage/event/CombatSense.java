package org.herald.stage.event;

import java.util.Set;

/**
 * Tells a physical fight from a figure of speech. Political news "attacks" a rival's plans, "clashes" over tax,
 * "fights" an election, "fires both barrels at" the opposition and "strikes" a balance or a deal; coded as CAMEO
 * root 19 (use of conventional military force) each of these is a false battle. A root-19 event keeps its
 * physical reading when its sentence speaks of violence (troops, bombs, the killed or wounded), when an armed
 * actor (military, rebels, police, unnamed armed men) takes part, or when its source or target is a country named
 * as such ("Russia attacked Ukraine", "the president wants to attack Iraq"). Otherwise an attack said by a
 * person, party or body is a verbal one (CAMEO 111, criticise or denounce), a workers' strike is a strike (143),
 * and a clash, fight, battle, war or strike of words is no event at all.
 */
final class CombatSense {
  /** How a root-19 event reads. */
  enum Reading {
    /** A fight: keep the event as coded. */
    PHYSICAL,
    /** An attack in words: CAMEO 111. */
    VERBAL,
    /** A workers' strike: CAMEO 143. */
    LABOUR,
    /** A contest of words or a figure of speech: no event. */
    NONE
  }

  static final String VERBAL_CODE = "111";
  static final String STRIKE_CODE = "143";

  /** Lemmas and forms of the combat words this reading applies to. */
  private static final Set<String> COMBAT = Set.of("attack", "attacks", "attacked", "attacking", "clash",
      "clashes", "clashed", "clashing", "fight", "fights", "fought", "fighting", "battle", "battles", "battled",
      "battling", "war", "strike", "strikes", "struck", "striking", "target", "targets", "targeted", "targeting",
      "fire", "fired", "firing", "barrel", "barrels");
  /** Of those, the ones aimed at someone: in words, a criticism. */
  private static final Set<String> AIMED = Set.of("attack", "attacks", "attacked", "attacking", "target",
      "targets", "targeted", "targeting", "fire", "fired", "firing", "barrel", "barrels");
  private static final Set<String> STRIKES = Set.of("strike", "strikes", "striking", "struck");
  /** Sectors of armed actors (CAMEO actor codebook, and Herald's UAF for unnamed armed men). */
  private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "INS", "SEP", "COP", "SPY", "UAF");
  /** Words of a workers' dispute. */
  private static final Set<String> LABOUR_WORDS = Set.of("union", "unions", "worker", "workers", "miners",
      "staff", "employees", "nurses", "teachers", "doctors", "drivers", "pay", "wages", "pension", "pensions",
      "walkout", "picket", "pickets", "industrial");
  /** Words that put a sentence on a battlefield or a crime scene. */
  private static final Set<String> VIOLENCE = Set.of("kill", "kills", "killed", "killing", "killings", "dead",
      "death", "deaths", "die", "died", "wounded", "wounding", "injured", "injuring", "injuries", "casualties",
      "bomb", "bombs", "bombing", "bombings", "bombed", "bomber", "bombers", "missile", "missiles", "rocket",
      "rockets", "shell", "shells", "shelling", "shelled", "artillery", "mortar", "mortars", "troops", "troop",
      "soldier", "soldiers", "army", "armies", "military", "forces", "militants", "militant", "rebels", "rebel",
      "gunmen", "gunman", "insurgents", "insurgent", "terrorist", "terrorists", "fighters",
      "guerrillas", "guerrilla", "militia", "militias", "police", "policemen", "weapon", "weapons", "gun", "guns",
      "gunfire", "shot", "shots", "shooting", "airstrike", "airstrikes", "raid", "raids", "offensive",
      "invasion", "invade", "invaded", "jets", "warplanes", "tanks", "tank", "ceasefire", "truce", "combat",
      "hostage", "hostages", "explosion", "explosions", "explosive", "explosives", "blast", "knife", "knives",
      "machete", "machetes", "stabbed", "drone", "drones", "navy", "naval", "warship", "warships", "armed",
      "attacker", "attackers", "assailants", "mob", "riot", "riots", "rioters", "protesters", "demonstrators",
      "battlefield", "frontline", "siege", "sniper", "snipers", "grenade", "grenades", "landmine", "ambush",
      "massacre", "suicide", "village", "villages", "convoy", "hurt", "beaten",
      "violence", "violent");

  private CombatSense() {}

  /**
   * How an event of CAMEO code {@code code} reads.
   *
   * @param trigger the trigger's words, lower case
   * @param sentence the sentence's words, lower case
   * @param source the source's CAMEO actor code
   * @param target the target's CAMEO actor code, or null
   * @param country whether the source or the target is a country named as such ("Russia", not "Mr Putin")
   */
  static Reading read(String code, String[] trigger, String[] sentence, String source, String target,
                      boolean country) {
    if (!code.startsWith("19")) {
      return Reading.PHYSICAL;
    }
    boolean combat = false;
    boolean aimed = false;
    boolean strike = false;
    for (String w : trigger) {
      combat |= COMBAT.contains(w);
      aimed |= AIMED.contains(w);
      strike |= STRIKES.contains(w);
    }
    if (!combat || country || armed(source) || armed(target)) {
      return Reading.PHYSICAL;
    }
    boolean labour = "LAB".equals(sector(source));
    for (String w : sentence) {
      if (VIOLENCE.contains(w)) {
        return Reading.PHYSICAL;
      }
      labour |= LABOUR_WORDS.contains(w);
    }
    if (strike && labour) {
      return Reading.LABOUR;
    }
    return aimed && !strike ? Reading.VERBAL : Reading.NONE;
  }

  private static boolean armed(String code) {
    String sector = sector(code);
    return code != null && (code.startsWith("IMG") || sector != null && ARMED_SECTORS.contains(sector));
  }

  private static String sector(String code) {
    return code == null || code.length() < 6 ? null : code.substring(3, 6);
  }
}

package org.herald.stage.event;

import org.junit.jupiter.api.Test;

/**
 * A held-out probe of events said with nouns and passives (issue 6, s6-roles), written before the rules it checks:
 * passives whose subject is the act's theme ("Sanctions were imposed on X by Y", "Aid to X was suspended by Y")
 * or the event noun itself ("An agreement was signed by X and Y", "Talks were held between X and Y", "An attack
 * was launched on X by Y"), with their statuses; nominal events whose roles are given by "of", "by", a possessor,
 * "to", "on", "against", "with" or "between" ("the arrest of X by Y", "X's seizure of Y", "the visit of X to Y");
 * light verbs with an event noun ("made a visit to", "issued a warning to"); the target of a reaction to such an
 * act ("the abduction of X by Y drew condemnation from Z" is Z's against Y); and sentences where none of these
 * makes an event; then twenty more of the same kinds, written after the rules. Same format as
 * {@link EventClauseProbeTest}; actors are given by hand, so the probe tests the
 * event stage alone.
 */
class EventNominalProbeTest {
  /**
   * The floor under the current figure. When the probe was written the stage got 24 of its 66 cases right; 63
   * with the rules it was written for (theme-first passives of the verb patterns, a noun subject of a passive light
   * verb, a noun's "by" past its complements, its "of" as target or, for nouns of moving, as doer, a reaction's
   * target); 64 when a plural after the name an act is aimed at became a noun ("strikes on Hezbollah targets": no
   * verb "targets"). The last twenty were written after those rules, as a check that they carry over, and
   * measured once: 18 of 20 (7 before the rules); 19 with the passive of "cut" ("assistance was cut by"), 83 of 86
   * in all. The misses left: "the killing of a teenager by soldiers", which the stage codes 190 as any killing by
   * armed forces (the probe wants 18), "the seizure of the tanker was ordered by a court", whose seizure names no
   * target, as its pattern needs, and "the talks were described as useful by Norway", a meeting of Norway's.
   */
  private static final double FLOOR = 0.96;

  private static final String CASES = """
      Fresh sanctions were imposed on North Korea by the United Nations on Tuesday. || North Korea=PRK/PRK; United Nations=IGOUNO/- || 163 IGOUNO>PRK
      Heavy tariffs were imposed on Chinese electric cars by Brussels. || Chinese=CHN/CHN; Brussels=IGOEUREEC/- || 163 IGOEUREEC>CHN
      An arms embargo was imposed on Libya by the Security Council in 2011. || Libya=LBY/LBY; Security Council=IGOUNO/- || 163 IGOUNO>LBY
      New sanctions against Syria were announced by Britain on Thursday. || Syria=SYR/SYR; Britain=GBR/GBR || 163 GBR>SYR
      Sanctions on Nicaraguan officials were approved by Canada. || Nicaraguan officials=NICGOV/NIC; Canada=CAN/CAN || 163 CAN>NICGOV
      Aid to Ethiopia was suspended by the United States in January. || Ethiopia=ETH/ETH; United States=USA/USA || 16 USA>ETH
      Military assistance to Egypt was frozen by Washington. || Egypt=EGY/EGY; Washington=USAGOV/USA || 16 USAGOV>EGY
      Flights to Qatar were halted by Saudi Arabia and the Emirates. || Qatar=QAT/QAT; Saudi Arabia=SAU/SAU; Emirates=ARE/ARE || 16 SAU>QAT,ARE>QAT
      Diplomatic ties with Taiwan were severed by Honduras in March. || Taiwan=TWN/TWN; Honduras=HND/HND || 16 HND>TWN
      Peace talks with the ELN rebels were suspended by Colombia. || ELN rebels=COLREB/COL; Colombia=COL/COL || 16 COL>COLREB
      Sanctions on Venezuela were eased by Washington on Wednesday. || Venezuela=VEN/VEN; Washington=USAGOV/USA || 08 USAGOV>VEN
      Restrictions on Ukrainian grain were lifted by Poland. || Ukrainian=UKR/UKR; Poland=POL/POL || 08 POL>UKR
      Sanctions will be imposed on Belarus by the EU next month. || Belarus=BLR/BLR; EU=IGOEUREEC/- || 163 IGOEUREEC>BLR INTENDED
      New tariffs could be imposed on Mexico by Washington. || Mexico=MEX/MEX; Washington=USAGOV/USA || 163 USAGOV>MEX HYPOTHETICAL
      Sanctions were not imposed on Turkey by Sweden. || Turkey=TUR/TUR; Sweden=SWE/SWE || 163 SWE>TUR NEGATED
      A trade agreement was signed by Chile and Peru on Wednesday. || Chile=CHL/CHL; Peru=PER/PER || 057 CHL>PER,PER>CHL
      Talks were held between Serbia and Kosovo in Brussels on Monday. || Serbia=SRB/SRB; Kosovo=XKX/XKX; Brussels=BEL/BEL || 046 SRB>XKX,XKX>SRB
      A ceasefire was agreed by Israel and Hamas late on Tuesday. || Israel=ISR/ISR; Hamas=PSEREB/PSE || 08 ISR>PSEREB,PSEREB>ISR
      A peace deal was signed between Ethiopia and Eritrea in Jeddah. || Ethiopia=ETH/ETH; Eritrea=ERI/ERI || 057 ETH>ERI,ERI>ETH
      An agreement will be signed by Armenia and Azerbaijan in Washington. || Armenia=ARM/ARM; Azerbaijan=AZE/AZE; Washington=USA/USA || 057 ARM>AZE,AZE>ARM INTENDED
      Talks will be held between Greece and Turkey next week. || Greece=GRC/GRC; Turkey=TUR/TUR || 046 GRC>TUR,TUR>GRC INTENDED
      A security pact was signed by Australia and Papua New Guinea. || Australia=AUS/AUS; Papua New Guinea=PNG/PNG || 057 AUS>PNG,PNG>AUS
      An attack was launched on Kenyan troops by al-Shabaab on Saturday. || Kenyan troops=KENMIL/KEN; al-Shabaab=SOMREB/SOM || 19 SOMREB>KENMIL
      A warning was issued to Israel by Iran's foreign ministry. || Israel=ISR/ISR; Iran's foreign ministry=IRNGOV/IRN || 13 IRNGOV>ISR
      Air strikes were carried out on Houthi positions by the United States and Britain. || Houthi=YEMREB/YEM; United States=USA/USA; Britain=GBR/GBR || 19 USA>YEMREB,GBR>YEMREB
      Raids were carried out on Palestinian homes by Israeli troops. || Palestinian=PSE/PSE; Israeli troops=ISRMIL/ISR || 19 ISRMIL>PSE
      The visit of the Japanese defence minister to Manila ended on Saturday. || Japanese defence minister=JPNGOV/JPN; Manila=PHLGOV/PHL || 042 JPNGOV>PHLGOV
      The two-day visit by the Kenyan president to Uganda began on Monday. || Kenyan president=KENGOV/KEN; Uganda=UGA/UGA || 042 KENGOV>UGA
      Erdogan's visit to Baghdad was his first in a decade. || Erdogan=TURGOV/TUR; Baghdad=IRQGOV/IRQ || 042 TURGOV>IRQGOV
      The planned visit of the Iranian president to Iraq was announced on Sunday. || Iranian president=IRNGOV/IRN; Iraq=IRQ/IRQ || 042 IRNGOV>IRQ INTENDED
      Russia's seizure of a Ukrainian ship drew protests from Kyiv. || Russia=RUS/RUS; Ukrainian ship=UKR/UKR; Kyiv=UKRGOV/UKR || 17 RUS>UKR
      China's detention of two Canadian citizens soured ties with Ottawa. || China=CHN/CHN; Canadian citizens=CANCVL/CAN; Ottawa=CANGOV/CAN || 17 CHN>CANCVL
      The arrest of a German activist by Turkish police has angered Berlin. || German activist=DEUCVL/DEU; Turkish police=TURCOP/TUR; Berlin=DEUGOV/DEU || 17 TURCOP>DEUCVL
      The detention of three Australian sailors by Indonesia was condemned by Canberra. || Australian sailors=AUSCVL/AUS; Indonesia=IDN/IDN; Canberra=AUSGOV/AUS || 17 IDN>AUSCVL
      The expulsion of two Estonian diplomats by Moscow was condemned by Tallinn. || Estonian diplomats=ESTGOV/EST; Moscow=RUSGOV/RUS; Tallinn=ESTGOV/EST || 11 ESTGOV>RUSGOV
      The expulsion of a Dutch diplomat by Caracas prompted a swift response. || Dutch diplomat=NLDGOV/NLD; Caracas=VENGOV/VEN || 16 VENGOV>NLDGOV
      Israel's bombing of Gaza continued for a third day. || Israel=ISR/ISR; Gaza=PSE/PSE || 19 ISR>PSE
      The shelling of Kharkiv by Russian forces killed five civilians. || Kharkiv=UKR/UKR; Russian forces=RUSMIL/RUS || 19 RUSMIL>UKR
      A missile attack by Houthi rebels on a Greek tanker was reported on Sunday. || Houthi rebels=YEMREB/YEM; Greek tanker=GRC/GRC || 19 YEMREB>GRC
      The killing of a Palestinian teenager by Israeli soldiers sparked protests in Ramallah. || Palestinian teenager=PSECVL/PSE; Israeli soldiers=ISRMIL/ISR || 18 ISRMIL>PSECVL
      The release of two French hostages by Malian militants was welcomed in Paris. || French hostages=FRACVL/FRA; Malian militants=MLIREB/MLI || 08 MLIREB>FRACVL
      Beijing's warning to Manila over the reef was its sharpest yet. || Beijing=CHNGOV/CHN; Manila=PHLGOV/PHL || 13 CHNGOV>PHLGOV
      Ankara's criticism of Stockholm delayed the vote. || Ankara=TURGOV/TUR; Stockholm=SWEGOV/SWE || 11 TURGOV>SWEGOV
      The invasion of Kuwait by Iraq in 1990 led to a war. || Kuwait=KWT/KWT; Iraq=IRQ/IRQ || 19 IRQ>KWT
      Russia's attack on Ukraine's power grid left millions without heat. || Russia=RUS/RUS; Ukraine=UKR/UKR || 19 RUS>UKR
      The withdrawal of French troops from Niger was completed on Friday. || French troops=FRAMIL/FRA; Niger=NER/NER || 08 FRAMIL>NER
      The deportation of Afghan refugees by Pakistan drew criticism from the UN. || Afghan refugees=AFGREF/AFG; Pakistan=PAK/PAK; UN=IGOUNO/- || 17 PAK>AFGREF
      The abduction of a Chinese engineer by Baloch militants drew condemnation from Beijing. || Chinese engineer=CHNBUS/CHN; Baloch militants=PAKREB/PAK; Beijing=CHNGOV/CHN || 11 CHNGOV>PAKREB
      Russia's blockade of Ukrainian ports drew criticism from Ankara. || Russia=RUS/RUS; Ukrainian=UKR/UKR; Ankara=TURGOV/TUR || 11 TURGOV>RUS
      The Turkish offensive against Kurdish fighters in Syria entered its second week. || Turkish=TUR/TUR; Kurdish fighters=SYRREB/SYR || 19 TUR>SYRREB
      A possible attack on Taiwan by China worries Japan. || Taiwan=TWN/TWN; China=CHN/CHN; Japan=JPN/JPN || 19 CHN>TWN HYPOTHETICAL
      Azerbaijan launched an attack on Armenian positions on Tuesday. || Azerbaijan=AZE/AZE; Armenian=ARM/ARM || 19 AZE>ARM
      The Thai prime minister made a visit to Cambodia on Friday. || Thai prime minister=THAGOV/THA; Cambodia=KHM/KHM || 042 THAGOV>KHM
      Seoul issued a warning to Pyongyang over the launches. || Seoul=KORGOV/KOR; Pyongyang=PRKGOV/PRK || 13 KORGOV>PRKGOV
      The Spanish king paid a state visit to Morocco. || Spanish king=ESPGOV/ESP; Morocco=MAR/MAR || 042 ESPGOV>MAR
      Israel carried out strikes on Hezbollah targets in Lebanon. || Israel=ISR/ISR; Hezbollah=LBNREB/LBN; Lebanon=LBN/LBN || 19 ISR>LBNREB
      Kenya made an appeal to Ethiopia for calm. || Kenya=KEN/KEN; Ethiopia=ETH/ETH || 02 KEN>ETH
      Japan announced new sanctions on Russia on Friday. || Japan=JPN/JPN; Russia=RUS/RUS || 163 JPN>RUS
      Clashes between Armenian and Azerbaijani forces left ten dead. || Armenian=ARMMIL/ARM; Azerbaijani forces=AZEMIL/AZE || 19 ARMMIL>AZEMIL,AZEMIL>ARMMIL
      Serbia's talks with the European Union stalled in June. || Serbia=SRB/SRB; European Union=IGOEUREEC/- || 046 SRB>IGOEUREEC
      A meeting between Modi and Xi took place in Kazan. || Modi=INDGOV/IND; Xi=CHNGOV/CHN || 04 INDGOV>CHNGOV,CHNGOV>INDGOV
      The seizure of the tanker was ordered by a Gibraltar court. || Gibraltar court=GBRJUD/GBR || 17 GBRJUD>-
      Aid to Yemen rose by 20 percent last year. || Yemen=YEM/YEM || 07 NONE>-
      Sanctions imposed on Iran have hurt its economy. || Iran=IRN/IRN || 16 NONE>-
      Exports to Russia were hit by the sanctions. || Russia=RUS/RUS || 19 NONE>-
      Sanctions on Iran were criticised by China. || Iran=IRN/IRN; China=CHN/CHN || 16 NONE>-
      New restrictions on Chinese chip exports were imposed by the Netherlands. || Chinese=CHN/CHN; Netherlands=NLD/NLD || 16 NLD>CHN
      Loans to Sri Lanka were approved by the IMF on Friday. || Sri Lanka=LKA/LKA; IMF=IGOIMF/- || 07 IGOIMF>LKA
      Humanitarian assistance to Afghanistan was cut by Britain. || Afghanistan=AFG/AFG; Britain=GBR/GBR || 16 GBR>AFG
      Relations with Rwanda were severed by Burundi last year. || Rwanda=RWA/RWA; Burundi=BDI/BDI || 16 BDI>RWA
      A travel ban was imposed on Georgian officials by Estonia. || Georgian officials=GEOGOV/GEO; Estonia=EST/EST || 16 EST>GEOGOV
      A memorandum of understanding was signed by Vietnam and Laos. || Vietnam=VNM/VNM; Laos=LAO/LAO || 057 VNM>LAO,LAO>VNM
      Negotiations were held between Sudan's army and the RSF in Jeddah. || Sudan's army=SDNMIL/SDN; RSF=SDNREB/SDN || 046 SDNMIL>SDNREB,SDNREB>SDNMIL
      An offensive was launched against Islamic State fighters by Iraqi forces. || Islamic State fighters=IMGMUSISI/-; Iraqi forces=IRQMIL/IRQ || 19 IRQMIL>IMGMUSISI
      A stern warning was issued to Belarus by Lithuania's president. || Belarus=BLR/BLR; Lithuania's president=LTUGOV/LTU || 13 LTUGOV>BLR
      The visit of the Saudi crown prince to Cairo was postponed. || Saudi crown prince=SAUGOV/SAU; Cairo=EGYGOV/EGY || 042 SAUGOV>EGYGOV
      Qatar's mediation between Israel and Hamas continued on Tuesday. || Qatar=QAT/QAT; Israel=ISR/ISR; Hamas=PSEREB/PSE || 04 QAT>ISR,QAT>PSEREB
      Venezuela's detention of three Colombian soldiers angered Bogota. || Venezuela=VEN/VEN; Colombian soldiers=COLMIL/COL; Bogota=COLGOV/COL || 17 VEN>COLMIL
      The arrest of two Indian fishermen by Sri Lankan navy was protested by New Delhi. || Indian fishermen=INDCVL/IND; Sri Lankan navy=LKAMIL/LKA; New Delhi=INDGOV/IND || 17 LKAMIL>INDCVL
      The shelling of Armenian villages by Azerbaijani troops drew condemnation from Yerevan. || Armenian=ARM/ARM; Azerbaijani troops=AZEMIL/AZE; Yerevan=ARMGOV/ARM || 11 ARMGOV>AZEMIL
      Iran's seizure of a Greek oil tanker was condemned by Athens. || Iran=IRN/IRN; Greek oil tanker=GRC/GRC; Athens=GRCGOV/GRC || 11 GRCGOV>IRN
      The Polish president made a visit to Kyiv on Wednesday. || Polish president=POLGOV/POL; Kyiv=UKRGOV/UKR || 042 POLGOV>UKRGOV
      Chile lodged a complaint with Bolivia over the river. || Chile=CHL/CHL; Bolivia=BOL/BOL || 11 CHL>BOL
      Sanctions on Mali's junta may be eased by ECOWAS. || Mali's junta=MLIGOV/MLI; ECOWAS=IGOWAFECO/- || 08 IGOWAFECO>MLIGOV HYPOTHETICAL
      Aid to Gaza rose sharply by Friday. || Gaza=PSE/PSE || 07 NONE>-
      The talks were described as useful by Norway. || Norway=NOR/NOR || 04 NONE>-
      """;

  @Test
  void codesMostHeldOutNominalAndThemeFirstPassiveEvents() {
    ProbeCases.assertFloor(CASES, "event nominal probe", FLOOR);
  }
}

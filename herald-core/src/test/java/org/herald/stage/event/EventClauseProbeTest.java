package org.herald.stage.event;

import org.junit.jupiter.api.Test;

/**
 * A held-out probe of who did what to whom (issue 6): news sentences written for this test, never used to tune
 * a rule by hand, in the shapes where a word-position reading goes wrong (passives, compound subjects,
 * relative clauses, appositions, coordinated verbs, negation and intent). Each case names the CAMEO root it is
 * about, the source-to-target pairs of that root's events and, where the sentence settles it, their status. The
 * test prints the share of cases the stage gets exactly right and asserts a floor under it.
 */
class EventClauseProbeTest {
  /**
   * The floor under the current figure. The word-position rules alone got 93 of 100 cases when the probe was
   * written (two expectations then corrected to CAMEO's conventions: an army killing rebels fights them, 19;
   * refusing to let inspectors in is a refused 08); 96 with the clause analysis filling in roles (ClauseRoles). A
   * coder that does worse has lost something.
   */
  private static final double FLOOR = 0.95;

  /**
   * One case a line: sentence || actors as phrase=CODE/COUNTRY joined by ";" (country "-" for none) || root,
   * then the expected pairs SOURCE>TARGET joined by "," (target "-" for none), then an optional status.
   */
  private static final String CASES = """
      Ukrainian positions were shelled by Russian artillery overnight. || Ukrainian positions=UKRMIL/UKR; Russian artillery=RUSMIL/RUS || 19 RUSMIL>UKRMIL
      The Israeli ambassador was expelled by Bolivia on Tuesday. || Israeli ambassador=ISRGOV/ISR; Bolivia=BOL/BOL || 16 BOL>ISRGOV
      Two opposition leaders were arrested by Egyptian police in Cairo. || opposition leaders=EGYOPP/EGY; Egyptian police=EGYCOP/EGY || 17 EGYCOP>EGYOPP
      Nigeria's president was criticised by Amnesty International over the killings. || Nigeria's president=NGAGOV/NGA; Amnesty International=NGO/- || 11 NGO>NGAGOV
      Venezuela was accused by Colombia of sheltering rebels. || Venezuela=VEN/VEN; Colombia=COL/COL || 11 COL>VEN
      The Egyptian proposal was rejected by Hamas on Sunday. || Egyptian=EGY/EGY; Hamas=PSEREB/PSE || 12 PSEREB>EGY
      A Turkish journalist was detained by Iranian security forces. || Turkish journalist=TURMED/TUR; Iranian security forces=IRNCOP/IRN || 17 IRNCOP>TURMED
      German Chancellor Olaf Scholz was hosted by Japanese Prime Minister Fumio Kishida in Tokyo. || German Chancellor Olaf Scholz=DEUGOV/DEU; Japanese Prime Minister Fumio Kishida=JPNGOV/JPN || 04 JPNGOV>DEUGOV
      Three Iraqi soldiers were killed by Islamic State militants in northern Iraq. || Three Iraqi soldiers=IRQMIL/IRQ; Islamic State militants=IMGREB/- || 18 IMGREB>IRQMIL
      Kurdish fighters were bombed by Turkish warplanes near the border. || Kurdish fighters=TURREB/TUR; Turkish warplanes=TURMIL/TUR || 19 TURMIL>TURREB
      Moscow has been condemned by the United Nations for the strikes. || Moscow=RUSGOV/RUS; United Nations=IGOUNO/- || 11 IGOUNO>RUSGOV
      Beijing was visited last week by the Australian foreign minister. || Beijing=CHNGOV/CHN; Australian foreign minister=AUSGOV/AUS || 04 AUSGOV>CHNGOV
      Azerbaijani troops were accused by Armenia of violating the truce. || Azerbaijani troops=AZEMIL/AZE; Armenia=ARM/ARM || 11 ARM>AZEMIL
      Iraqi Kurdish groups have been struck repeatedly by Iran. || Iraqi Kurdish groups=IRQREB/IRQ; Iran=IRN/IRN || 19 IRN>IRQREB
      Egypt and Jordan condemned Israel on Monday. || Egypt=EGY/EGY; Jordan=JOR/JOR; Israel=ISR/ISR || 11 EGY>ISR,JOR>ISR
      France and Germany sent military aid to Ukraine. || France=FRA/FRA; Germany=DEU/DEU; Ukraine=UKR/UKR || 07 FRA>UKR,DEU>UKR
      India and Pakistan accused each other of violating the ceasefire. || India=IND/IND; Pakistan=PAK/PAK || 11 IND>PAK,PAK>IND
      Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi. || Kenyan President William Ruto=KENGOV/KEN; Ugandan President Yoweri Museveni=UGAGOV/UGA || 04 KENGOV>UGAGOV,UGAGOV>KENGOV
      Saudi Arabia, the United Arab Emirates and Bahrain cut ties with Qatar. || Saudi Arabia=SAU/SAU; United Arab Emirates=ARE/ARE; Bahrain=BHR/BHR; Qatar=QAT/QAT || 16 SAU>QAT,ARE>QAT,BHR>QAT
      Brazil and Argentina signed a trade agreement on Friday. || Brazil=BRA/BRA; Argentina=ARG/ARG || 05 BRA>ARG,ARG>BRA
      Police and soldiers arrested dozens of protesters in Dhaka. || Police=BGDCOP/BGD; soldiers=BGDMIL/BGD; protesters=BGDOPP/BGD || 17 BGDCOP>BGDOPP,BGDMIL>BGDOPP
      Greece and Cyprus did not condemn Turkey. || Greece=GRC/GRC; Cyprus=CYP/CYP; Turkey=TUR/TUR || 11 GRC>TUR,CYP>TUR NEGATED
      Kosovo and Serbia will hold talks in Brussels next week. || Kosovo=XKX/XKX; Serbia=SRB/SRB || 04 XKX>SRB,SRB>XKX INTENDED
      Iranian Foreign Minister Abbas Araghchi arrived in Muscat and met Omani officials. || Iranian Foreign Minister Abbas Araghchi=IRNGOV/IRN; Omani officials=OMNGOV/OMN || 04 IRNGOV>OMNGOV
      Israeli troops raided the camp and arrested five Palestinians. || Israeli troops=ISRMIL/ISR; five Palestinians=PSE/PSE || 17 ISRMIL>PSE
      The Chinese envoy met Putin and praised Russia's stance. || Chinese envoy=CHNGOV/CHN; Putin=RUSGOV/RUS; Russia=RUS/RUS || 05 CHNGOV>RUS
      North Korea fired two missiles and threatened South Korea. || North Korea=PRK/PRK; South Korea=KOR/KOR || 13 PRK>KOR
      Hungary's prime minister flew to Beijing and signed a deal with China. || Hungary's prime minister=HUNGOV/HUN; China=CHN/CHN || 05 HUNGOV>CHN
      The Malian army captured the rebels and handed them to the police. || Malian army=MLIMIL/MLI; rebels=MLIREB/MLI || 17 MLIMIL>MLIREB
      The rebels, who had attacked a police station, were arrested by Malian soldiers. || rebels=MLIREB/MLI; Malian soldiers=MLIMIL/MLI || 17 MLIMIL>MLIREB
      The Greek minister who accused Turkey of espionage resigned on Friday. || Greek minister=GRCGOV/GRC; Turkey=TUR/TUR || 11 GRCGOV>TUR
      Chad expelled the French ambassador, who had criticised the junta. || Chad=TCD/TCD; French ambassador=FRAGOV/FRA; junta=TCDMIL/TCD || 11 FRAGOV>TCDMIL
      Chad expelled the French ambassador, who had criticised the junta. || Chad=TCD/TCD; French ambassador=FRAGOV/FRA; junta=TCDMIL/TCD || 16 TCD>FRAGOV
      Jordanian protesters who gathered outside the embassy denounced Israel. || Jordanian protesters=JOROPP/JOR; Israel=ISR/ISR || 11 JOROPP>ISR
      Mali's junta, which seized power in 2021, expelled the UN mission. || Mali's junta=MLIMIL/MLI; UN mission=IGOUNO/- || 16 MLIMIL>IGOUNO
      Niger's military rulers, who expelled French troops last year, have welcomed Russian instructors. || Niger's military rulers=NERMIL/NER; French troops=FRAMIL/FRA; Russian instructors=RUSMIL/RUS || 16 NERMIL>FRAMIL
      The official who met Iranian diplomats in Vienna was questioned by Israeli police. || official=ISRGOV/ISR; Iranian diplomats=IRNGOV/IRN; Israeli police=ISRCOP/ISR || 04 ISRGOV>IRNGOV
      Macron, the French president, accused Russia of destabilising Africa. || Macron=FRAGOV/FRA; French president=FRAGOV/FRA; Russia=RUS/RUS || 11 FRAGOV>RUS
      Erdogan, the Turkish leader, threatened Sweden over the protests. || Erdogan=TURGOV/TUR; Turkish leader=TURGOV/TUR; Sweden=SWE/SWE || 13 TURGOV>SWE
      Pedro Sanchez, Spain's prime minister, met King Mohammed VI of Morocco in Rabat. || Pedro Sanchez=ESPGOV/ESP; King Mohammed VI of Morocco=MARGOV/MAR || 04 ESPGOV>MARGOV
      The UN envoy, Geir Pedersen, urged Syria to release political prisoners. || UN envoy=IGOUNO/-; Geir Pedersen=IGOUNO/-; Syria=SYR/SYR || 02 IGOUNO>SYR
      Israel struck Hezbollah, the Iran-backed group, in southern Lebanon. || Israel=ISR/ISR; Hezbollah=LBNREB/LBN || 19 ISR>LBNREB
      Ali Khamenei, Iran's supreme leader, condemned the United States. || Ali Khamenei=IRNGOV/IRN; United States=USA/USA || 11 IRNGOV>USA
      Somali forces, backed by American drones, attacked al-Shabaab bases. || Somali forces=SOMMIL/SOM; American drones=USAMIL/USA; al-Shabaab=SOMREB/SOM || 19 SOMMIL>SOMREB
      China has not condemned Russia's invasion of Ukraine. || China=CHN/CHN; Russia=RUS/RUS; Ukraine=UKR/UKR || 11 CHN>RUS NEGATED
      India refused to sign the agreement with Pakistan. || India=IND/IND; Pakistan=PAK/PAK || 05 IND>PAK NEGATED
      Turkey will not meet Greek officials this week. || Turkey=TUR/TUR; Greek officials=GRCGOV/GRC || 04 TUR>GRCGOV NEGATED
      Armenia failed to reach a deal with Azerbaijan. || Armenia=ARM/ARM; Azerbaijan=AZE/AZE || 05 ARM>AZE NEGATED
      Israel never apologised to Turkey for the raid. || Israel=ISR/ISR; Turkey=TUR/TUR || 05 ISR>TUR NEGATED
      Seoul declined to criticise Beijing. || Seoul=KORGOV/KOR; Beijing=CHNGOV/CHN || 11 KORGOV>CHNGOV NEGATED
      The Kenyan government denied arresting the journalists. || Kenyan government=KENGOV/KEN; journalists=KENMED/KEN || 17 KENGOV>KENMED NEGATED
      Moscow did not attack the Finnish border posts. || Moscow=RUSGOV/RUS; Finnish border posts=FINMIL/FIN || 19 RUSGOV>FINMIL NEGATED
      Japan will provide aid to the Philippines. || Japan=JPN/JPN; Philippines=PHL/PHL || 07 JPN>PHL INTENDED
      Biden plans to visit Vietnam next month. || Biden=USAGOV/USA; Vietnam=VNM/VNM || 04 USAGOV>VNM INTENDED
      Colombia promised to extradite the suspects to the United States. || Colombia=COL/COL; United States=USA/USA || 06 COL>USA INTENDED
      Ethiopia intends to sign a peace deal with Eritrea. || Ethiopia=ETH/ETH; Eritrea=ERI/ERI || 05 ETH>ERI INTENDED
      Pakistan has agreed to release Indian fishermen. || Pakistan=PAK/PAK; Indian fishermen=IND/IND || 08 PAK>IND INTENDED
      The Philippines could expel Chinese diplomats. || Philippines=PHL/PHL; Chinese diplomats=CHNGOV/CHN || 16 PHL>CHNGOV HYPOTHETICAL
      Ukraine may attack Russian refineries again. || Ukraine=UKR/UKR; Russian refineries=RUSBUS/RUS || 19 UKR>RUSBUS HYPOTHETICAL
      Britain should sanction Iran. || Britain=GBR/GBR; Iran=IRN/IRN || 16 GBR>IRN HYPOTHETICAL
      The Kremlin accused the West of provoking the conflict. || Kremlin=RUSGOV/RUS; West=WST/- || 11 RUSGOV>WST
      Thailand's army chief met with Cambodian commanders on the border. || Thailand's army chief=THAMIL/THA; Cambodian commanders=KHMMIL/KHM || 04 THAMIL>KHMMIL
      After meeting Xi, Lula praised China's role in the region. || Xi=CHNGOV/CHN; Lula=BRAGOV/BRA; China=CHN/CHN || 05 BRAGOV>CHN
      Officials in Seoul said North Korean troops had crossed the border and attacked South Korean soldiers. || North Korean troops=PRKMIL/PRK; South Korean soldiers=KORMIL/KOR || 19 PRKMIL>KORMIL
      Demonstrators in Tbilisi clashed with Georgian police. || Demonstrators=GEOOPP/GEO; Georgian police=GEOCOP/GEO || 14 GEOOPP>GEOCOP
      The Nigerian army said it had killed 30 Boko Haram fighters. || Nigerian army=NGAMIL/NGA; Boko Haram fighters=NGAREB/NGA || 19 NGAMIL>NGAREB
      Lebanon has asked France to mediate with Israel. || Lebanon=LBN/LBN; France=FRA/FRA; Israel=ISR/ISR || 02 LBN>FRA
      The United States imposed sanctions on Nicaraguan officials. || United States=USA/USA; Nicaraguan officials=NICGOV/NIC || 16 USA>NICGOV
      Spanish police arrested a Moroccan man suspected of planning an attack. || Spanish police=ESPCOP/ESP; Moroccan man=MAR/MAR || 17 ESPCOP>MAR
      The leader of the largest opposition party in Kenya accused the government of rigging the vote. || leader of the largest opposition party=KENOPP/KEN; Kenya=KEN/KEN; government=KENGOV/KEN || 11 KENOPP>KENGOV
      A spokesman for the Chinese foreign ministry criticised Japan on Thursday. || spokesman for the Chinese foreign ministry=CHNGOV/CHN; Japan=JPN/JPN || 11 CHNGOV>JPN
      Colombia said Venezuelan troops had attacked its border posts. || Colombia=COL/COL; Venezuelan troops=VENMIL/VEN || 19 VENMIL>COL
      Polish officials said Belarusian guards were helping migrants cross into Poland. || Polish officials=POLGOV/POL; Belarusian guards=BLRMIL/BLR; Poland=POL/POL || 19 NONE>-
      The Sudanese army and the Rapid Support Forces accused each other of attacking civilians. || Sudanese army=SDNMIL/SDN; Rapid Support Forces=SDNREB/SDN || 11 SDNMIL>SDNREB,SDNREB>SDNMIL
      Washington, which has backed Kyiv since the invasion, criticised Hungary. || Washington=USAGOV/USA; Kyiv=UKRGOV/UKR; Hungary=HUN/HUN || 11 USAGOV>HUN
      The agreement, which Serbia signed with Kosovo last year, was criticised by Russia. || Serbia=SRB/SRB; Kosovo=XKX/XKX; Russia=RUS/RUS || 11 RUS>SRB
      Peace talks with the Taliban were rejected by the Afghan government. || Taliban=AFGREB/AFG; Afghan government=AFGGOV/AFG || 12 AFGGOV>AFGREB
      Several Indian soldiers were wounded when Chinese troops attacked their post. || Indian soldiers=INDMIL/IND; Chinese troops=CHNMIL/CHN || 19 CHNMIL>INDMIL
      Germany, not France, will host the talks with Iran. || Germany=DEU/DEU; France=FRA/FRA; Iran=IRN/IRN || 04 DEU>IRN INTENDED
      The opposition, backed by thousands of students, accused the president of fraud. || opposition=BGDOPP/BGD; students=BGDEDU/BGD; president=BGDGOV/BGD || 11 BGDOPP>BGDGOV
      Four journalists working for Reuters were detained by Myanmar's military. || journalists working for Reuters=MED/-; Myanmar's military=MMRMIL/MMR || 17 MMRMIL>MED
      The foreign ministers of Egypt and Qatar met Hamas leaders in Cairo. || foreign ministers of Egypt=EGYGOV/EGY; Qatar=QAT/QAT; Hamas leaders=PSEREB/PSE || 04 EGYGOV>PSEREB,QAT>PSEREB
      The Ukrainian president urged Western allies not to abandon Ukraine. || Ukrainian president=UKRGOV/UKR; Western allies=WST/- || 02 UKRGOV>WST
      Tehran has repeatedly refused to allow inspectors from the IAEA into the site. || Tehran=IRNGOV/IRN; IAEA=IGOIAEA/- || 08 IRNGOV>IGOIAEA NEGATED
      Vietnam protested after Chinese coast guard ships rammed its fishing boats. || Vietnam=VNM/VNM; Chinese coast guard=CHNMIL/CHN || 19 NONE>-
      Last week Moscow was accused by Kyiv of shelling a hospital. || Moscow=RUSGOV/RUS; Kyiv=UKRGOV/UKR || 11 UKRGOV>RUSGOV
      Algeria, angered by the decision, recalled its ambassador from France. || Algeria=DZA/DZA; France=FRA/FRA || 16 DZA>FRA
      The head of the Russian delegation to the talks in Geneva criticised Washington. || head of the Russian delegation=RUSGOV/RUS; Washington=USAGOV/USA || 11 RUSGOV>USAGOV
      The villages that Ethiopian troops attacked last month lie near the Eritrean border. || Ethiopian troops=ETHMIL/ETH; Eritrean=ERI/ERI || 19 ETHMIL>-
      Kenya, which hosted the refugees for decades, accused Somalia of ignoring the crisis. || Kenya=KEN/KEN; Somalia=SOM/SOM || 11 KEN>SOM
      The convoy, escorted by Turkish troops, was attacked by Syrian government forces near Idlib. || Turkish troops=TURMIL/TUR; Syrian government forces=SYRMIL/SYR || 19 SYRMIL>-
      Ukrainian officials, speaking on condition of anonymity, accused Hungary of blocking the aid. || Ukrainian officials=UKRGOV/UKR; Hungary=HUN/HUN || 11 UKRGOV>HUN
      Fighters loyal to the warlord attacked United Nations peacekeepers in the east. || Fighters loyal to the warlord=CODREB/COD; United Nations peacekeepers=IGOUNO/- || 19 CODREB>IGOUNO
      On Tuesday, in a speech to parliament, the Polish prime minister criticised Berlin. || Polish prime minister=POLGOV/POL; Berlin=DEUGOV/DEU || 11 POLGOV>DEUGOV
      Serbian police detained and later released two Kosovo officials. || Serbian police=SRBCOP/SRB; Kosovo officials=XKXGOV/XKX || 17 SRBCOP>XKXGOV
      The Moroccan king received and thanked the Spanish delegation. || Moroccan king=MARGOV/MAR; Spanish delegation=ESPGOV/ESP || 04 MARGOV>ESPGOV
      The Lebanese army said it would not attack Israeli positions. || Lebanese army=LBNMIL/LBN; Israeli positions=ISRMIL/ISR || 19 LBNMIL>ISRMIL NEGATED
      Iran says it will expel the British envoy. || Iran=IRN/IRN; British envoy=GBRGOV/GBR || 16 IRN>GBRGOV INTENDED
      Opposition groups accused the ruling party, which has governed since 1994, of fraud. || Opposition groups=ZAFOPP/ZAF; ruling party=ZAFPTY/ZAF || 11 ZAFOPP>ZAFPTY
      Talks between Israel and Hamas resumed in Doha. || Israel=ISR/ISR; Hamas=PSEREB/PSE || 04 ISR>PSEREB,PSEREB>ISR
      """;

  @Test
  void codesMostHeldOutSentencesWithTheRightSourceTargetAndStatus() {
    ProbeCases.assertFloor(CASES, "event clause probe", FLOOR);
  }
}

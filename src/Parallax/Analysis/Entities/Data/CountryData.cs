namespace Parallax.Analysis.Entities.Data;

/// <summary>
/// Countries and territories, written for this project: <c>canonical | aliases | demonyms and adjectives</c>.
/// Names follow common English news usage ("Turkey", "Ivory Coast"); aliases map to the canonical name.
/// Demonyms are not place mentions by themselves (see docs/entities.md); they mark title prefixes
/// ("Russian President ...") and let apposition roles skip them ("the Russian defense minister").
/// </summary>
internal static class CountryData
{
    public const string Table = """
Afghanistan||Afghan;Afghans;Afghani
Albania||Albanian;Albanians
Algeria||Algerian;Algerians
Andorra||Andorran
Angola||Angolan;Angolans
Antigua and Barbuda||Antiguan
Argentina||Argentine;Argentinian;Argentinians;Argentines
Armenia||Armenian;Armenians
Australia||Australian;Australians
Austria||Austrian;Austrians
Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini;Bahrainis
Bangladesh||Bangladeshi;Bangladeshis
Barbados||Barbadian
Belarus||Belarusian;Belarusians
Belgium||Belgian;Belgians
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian;Bolivians
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian;Bosnians
Botswana||Botswanan
Brazil||Brazilian;Brazilians
Brunei||Bruneian
Bulgaria||Bulgarian;Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia||Cambodian;Cambodians
Cameroon||Cameroonian;Cameroonians
Canada||Canadian;Canadians
Cape Verde|Cabo Verde|Cape Verdean
Central African Republic|CAR|Central African
Chad||Chadian;Chadians
Chile||Chilean;Chileans
China|People's Republic of China;PRC;Mainland China|Chinese
Colombia||Colombian;Colombians
Comoros||Comoran
Costa Rica||Costa Rican
Croatia||Croatian;Croatians;Croat;Croats
Cuba||Cuban;Cubans
Cyprus||Cypriot;Cypriots
Czech Republic|Czechia|Czech;Czechs
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese
Denmark||Danish;Dane;Danes
Djibouti||Djiboutian
Dominican Republic||Dominican;Dominicans
Ecuador||Ecuadorian;Ecuadorians
Egypt||Egyptian;Egyptians
El Salvador||Salvadoran;Salvadorans
Equatorial Guinea||Equatoguinean
Eritrea||Eritrean;Eritreans
Estonia||Estonian;Estonians
Eswatini|Swaziland|Swazi
Ethiopia||Ethiopian;Ethiopians
Fiji||Fijian
Finland||Finnish;Finn;Finns
France||French;Frenchman;Frenchwoman
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia||Georgian;Georgians
Germany||German;Germans
Ghana||Ghanaian;Ghanaians
Greece||Greek;Greeks
Guatemala||Guatemalan;Guatemalans
Guinea||Guinean;Guineans
Guinea-Bissau||Bissau-Guinean
Guyana||Guyanese
Haiti||Haitian;Haitians
Honduras||Honduran;Hondurans
Hungary||Hungarian;Hungarians
Iceland||Icelandic;Icelander;Icelanders
India||Indian;Indians
Indonesia||Indonesian;Indonesians
Iran|Islamic Republic of Iran;Persia|Iranian;Iranians;Persian
Iraq||Iraqi;Iraqis
Ireland|Republic of Ireland;Eire|Irish
Israel|State of Israel|Israeli;Israelis
Italy||Italian;Italians
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians
Jamaica||Jamaican;Jamaicans
Japan||Japanese
Jordan||Jordanian;Jordanians
Kazakhstan||Kazakh;Kazakhs;Kazakhstani
Kenya||Kenyan;Kenyans
Kosovo||Kosovar;Kosovan;Kosovars
Kuwait||Kuwaiti;Kuwaitis
Kyrgyzstan||Kyrgyz
Laos||Lao;Laotian
Latvia||Latvian;Latvians
Lebanon||Lebanese
Lesotho||Basotho
Liberia||Liberian;Liberians
Libya||Libyan;Libyans
Liechtenstein||Liechtensteiner
Lithuania||Lithuanian;Lithuanians
Luxembourg||Luxembourgish;Luxembourger
Madagascar||Malagasy
Malawi||Malawian;Malawians
Malaysia||Malaysian;Malaysians
Maldives||Maldivian
Mali||Malian;Malians
Malta||Maltese
Mauritania||Mauritanian;Mauritanians
Mauritius||Mauritian
Mexico||Mexican;Mexicans
Moldova||Moldovan;Moldovans
Monaco||Monegasque
Mongolia||Mongolian;Mongolians
Montenegro||Montenegrin;Montenegrins
Morocco||Moroccan;Moroccans
Mozambique||Mozambican;Mozambicans
Myanmar|Burma|Burmese
Namibia||Namibian;Namibians
Nepal||Nepali;Nepalese
Netherlands|Holland;The Netherlands|Dutch;Dutchman
New Zealand||New Zealander;New Zealanders
Nicaragua||Nicaraguan;Nicaraguans
Niger||Nigerien
Nigeria||Nigerian;Nigerians
North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans
North Macedonia|Macedonia|Macedonian;Macedonians
Norway||Norwegian;Norwegians
Oman||Omani;Omanis
Pakistan||Pakistani;Pakistanis
Palestine|Palestinian Territories;State of Palestine|Palestinian;Palestinians
Panama||Panamanian;Panamanians
Papua New Guinea||Papua New Guinean
Paraguay||Paraguayan;Paraguayans
Peru||Peruvian;Peruvians
Philippines|The Philippines|Filipino;Filipinos;Philippine
Poland||Polish;Pole;Poles
Portugal||Portuguese
Qatar||Qatari;Qataris
Republic of the Congo|Congo-Brazzaville;Congo|Congolese
Romania||Romanian;Romanians
Russia|Russian Federation|Russian;Russians
Rwanda||Rwandan;Rwandans
Samoa||Samoan
San Marino||Sammarinese
Saudi Arabia|KSA;Kingdom of Saudi Arabia|Saudi;Saudis
Senegal||Senegalese
Serbia||Serbian;Serbians;Serb;Serbs
Seychelles||Seychellois
Sierra Leone||Sierra Leonean
Singapore||Singaporean;Singaporeans
Slovakia||Slovak;Slovaks;Slovakian
Slovenia||Slovenian;Slovene;Slovenes
Solomon Islands||Solomon Islander
Somalia||Somali;Somalis
South Africa||South African;South Africans
South Korea|Republic of Korea;ROK|South Korean;South Koreans
South Sudan||South Sudanese
Spain||Spanish;Spaniard;Spaniards
Sri Lanka||Sri Lankan;Sri Lankans
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish;Swede;Swedes
Switzerland||Swiss
Syria|Syrian Arab Republic|Syrian;Syrians
Taiwan|Republic of China|Taiwanese
Tajikistan||Tajik;Tajiks
Tanzania||Tanzanian;Tanzanians
Thailand||Thai;Thais
East Timor|Timor-Leste|Timorese
Togo||Togolese
Tonga||Tongan
Trinidad and Tobago||Trinidadian
Tunisia||Tunisian;Tunisians
Turkey|Türkiye;Turkiye|Turkish;Turk;Turks
Turkmenistan||Turkmen
Uganda||Ugandan;Ugandans
Ukraine||Ukrainian;Ukrainians
United Arab Emirates|UAE;U.A.E.;Emirates|Emirati;Emiratis
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons
United States|US;U.S.;USA;U.S.A.;America;United States of America|American;Americans
Uruguay||Uruguayan;Uruguayans
Uzbekistan||Uzbek;Uzbeks
Vanuatu||Ni-Vanuatu
Vatican City|Vatican;Holy See|
Venezuela||Venezuelan;Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni;Yemenis
Zambia||Zambian;Zambians
Zimbabwe||Zimbabwean;Zimbabweans
Greenland||Greenlandic
Hong Kong||
Macau|Macao|
Puerto Rico||Puerto Rican;Puerto Ricans
Western Sahara||Sahrawi
England||English;Englishman
Scotland||Scottish;Scot;Scots
Wales||Welsh
Northern Ireland||
""";
}

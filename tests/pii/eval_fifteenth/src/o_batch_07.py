# Writer o, batch 07: mixed domains, rarer writing forms (full-width digits, spelled-out
# digits, Korean dash typos, romanised addresses). All values invented. CC0 1.0.

DOCS = [
{"id": "s15-o07-001", "kind": "group_ticket_fax", "text": """ＦＡＸ　수신　－　단체관람 예매 신청서　（경로당 연합회）

신 청 인　：　[[PERSON:양 순 덕]]　（회장）
생년월일　：　[[BIRTH_DATE:１９４７．０３．１２]]
연 락 처　：　[[PHONE_NUMBER:０１０－４４２１－７７３０]]　／　경로당　[[PHONE_NUMBER:０３１－２５６－１１８７]]
주　　소　：　[[KR_ADDRESS:수원시 팔달구 우만동 ５１２－３]]
관람공연　：　효 콘서트 「봄날은 간다」　{{date:５월 ８일}}　１４：００
인　　원　：　{{statistic:３２명}}　（휠체어 ２）
결　　제　：　현장 카드결제 예정
총무　[[PERSON:피 영 수]]　[[PHONE_NUMBER:０１０－８８３０－２１４６]]
수신일시　{{date:２０２５／０４／２１　１０：１２}}　ＰＡＧＥ　１／１
"""},

{"id": "s15-o07-002", "kind": "booking_chat", "text": """캠핑장 사장님께 카톡
저 이번주 토욜 예약한 [[PERSON:도경쑥]]... 아니 [[PERSON:도경숙]]이에요 ㅋㅋ 오타
폰 바꿔서 번호 바뀌었어요 [[PHONE_NUMBER:010ㅡ4471ㅡ2938]] 로 연락주세요
예전번호 [[PHONE_NUMBER:공일공 칠칠팔이 삼사오육]]은 이제 안써요
차는 그대로 [[KR_CAR_PLATE:12 거 3456]] 이고 울 애 [[PERSON:하람]]이 [[BIRTH_DATE:'19년 3월]]생이라 유아 1명 추가요~"""},

{"id": "s15-o07-003", "kind": "columbarium_inquiry_email", "text": """From: [[PERSON:Daniel Hwangbo]] <[[EMAIL_ADDRESS:d.hwangbo@outlook.com]]>
Subject: Columbarium niche for my grandfather / 할아버지 봉안 문의

Hello, my cousin [[PERSON:Hwangbo Jeong-hun]] filed the reburial report last month. I live abroad and want the permit mailed to his address:
[[KR_ADDRESS:302-1408, 8 Geumgok-ro 11beon-gil, Bundang-gu, Seongnam-si, Gyeonggi-do 13556]]
My Korean passport is [[KR_PASSPORT:M70319482]] and my date of birth is [[BIRTH_DATE:Sept. 9, 1988]], in case you need to verify me.
Please note the cremation on {{date:April 28}} was already paid (receipt {{receipt_number:YH-250428-017}}).
"""},

{"id": "s15-o07-004", "kind": "library_membership_form", "text": """도서관 가족회원 추가 신청 (수기)
본인 [[PERSON:임세나]] 주민번호 [[KR_RRN:790602 - 2******]] / 추가 : 딸 [[PERSON:정다솜]] ([[BIRTH_DATE:2010]]년생, 만 14세) 주민번호 [[KR_RRN:100203 - 412345?]]
주소 본인과 같음 ([[KR_ADDRESS:용인시 기흥구 구성로 102 (마북동) 연원마을 LG 402동 1101호]])
메일 [[EMAIL_ADDRESS:sena.lim＠naver.com]] (＠ 전각)
{{date:'25. 3. 14}} 접수 — 사서 [[PERSON:함보은]]
"""},

{"id": "s15-o07-005", "kind": "vaccination_call_note", "text": """전화 메모 ({{date:11/7}} 오후 2시 20분, 받은 사람 [[PERSON:설지은]])
- 성함 : [[PERSON:엄태구]] 어르신 아드님 [[PERSON:엄재형]]
- 어르신 생신 : 음력으로 [[BIRTH_DATE:사십이년 동짓달 초사흘]]이라는데 주민번호상 [[BIRTH_DATE:1943.01.08]]
- 집 : [[KR_ADDRESS:영통구 봉영로 1517번길 9, 신나무실 주공 5단지 523동 1402호]]
- 요청 : 거동 불편 → 방문 독감접종 가능한지. 아드님 번호 [[PHONE_NUMBER:010.3376.9981]]
- 답변 : 방문접종 대상 확인 후 {{date:11/12}}까지 회신하기로 ({{public_number:031-228-8713}} 예방접종실)
"""},
]

# Writer d, batch 04: 주차 스티커, 외부차량 단속, 차량 등록. All values invented. CC0 1.0.
DOCS = [
{"id": "s12-d04-001", "kind": "application_form", "text": """입주민 차량 등록 신청서
동/호: [[KR_ADDRESS:302동 1507호]]   신청인: [[PERSON:국승희]]   생년월일: [[BIRTH_DATE:1987.09.21]]
연락처: [[PHONE_NUMBER:010-6208-4493]]
차량번호: [[KR_CAR_PLATE:157러 2094]]   차종: 아이오닉5 (전기)   소유자: 본인 ☐ / 배우자 ☑ ([[PERSON:문태준]])
구비서류: 자동차등록증 사본, 주민등록등본(가족관계 확인용)
※ 2대째 차량은 월 {{amount:20,000원}} 추가 부과 (입주자대표회의 의결 {{date:2023.11.28}})
신청일 {{date:2025.02.03}}    접수자 [[PERSON:옥수빈]]"""},
{"id": "s12-d04-002", "kind": "complaint_letter", "text": """주차위반 스티커 관련 민원입니다.
어제({{date:3월 9일}}) 밤 제 차([[KR_CAR_PLATE:33나4417]]) 운전석 유리에 강력 접착 스티커가 붙어 있었습니다. 방문차량 등록을 엄마([[PERSON:편옥자]], [[KR_ADDRESS:208동 402호]])가 앱으로 해뒀는데 시스템 오류로 누락됐다고 합니다.
스티커 제거하다가 유리 코팅이 벗겨졌으니 보상해 주세요. 견적 {{amount:18만원}} 나왔습니다.
[[PERSON:신동혁]] / [[PHONE_NUMBER:010-3041-8826]] / 거주지 [[KR_ADDRESS:서울특별시 송파구 오금로 32길 14, 301호]]"""},
{"id": "s12-d04-003", "kind": "system_log", "text": """visitor-parking.log
{{date:2025-03-09 18:22:07}} [INFO] reserve unit=[[KR_ADDRESS:208-402]] plate=[[KR_CAR_PLATE:33나4417]] from={{date:2025-03-09 19:00}} to={{date:2025-03-10 09:00}} client=[[IP_ADDRESS:175.223.18.94]] app={{version:5.2.1}}
{{date:2025-03-09 18:22:08}} [ERROR] lpr-sync timeout host=lpr-gate-1 ([[IP_ADDRESS:10.0.3.21]]) retry=3
{{date:2025-03-09 18:22:38}} [WARN] reservation {{reservation_number:VR-250309-00871}} not pushed to LPR whitelist
{{date:2025-03-09 21:47:55}} [INFO] lpr-gate-1 entry plate=[[KR_CAR_PLATE:33나4417]] status=UNREGISTERED"""},
{"id": "s12-d04-004", "kind": "spreadsheet", "text": """외부차량 장기주차 단속 현황(3월 1주차)
No.|차량번호|최초확인|위치|조치|차주연락
1|[[KR_CAR_PLATE:서울25바3381]]|{{date:03/02}}|B1-C17|1차 경고장|연락 안됨
2|[[KR_CAR_PLATE:78허 5502]]|{{date:03/03}}|지상 301동 앞|렌트카(회사 연락)|{{public_number:1588-1230}}
3|[[KR_CAR_PLATE:244오7716]]|{{date:03/04}}|B2-A03|2차 경고, 바퀴잠금 예고|[[PHONE_NUMBER:010-9327-1140]] ([[PERSON:봉미라]], 305동 지인)
4|[[KR_CAR_PLATE:경기 82 아 1093]]|{{date:03/05}}|B2 전기차충전|충전구역 방해 과태료 안내(구청 신고)|-
5|[[KR_CAR_PLATE:80배 2217]]|{{date:03/06}}|정문 앞|배달 오토바이, 계도|-"""},
{"id": "s12-d04-005", "kind": "sms", "text": """[푸른숲마을4단지 관리사무소] 차량 [[KR_CAR_PLATE:244오7716]] 차주님, 단지 내 {{statistic:12일}}째 장기주차 중입니다. {{date:3/15(토)}}까지 이동 안 될 경우 관리규약 제47조에 따라 조치됩니다. ☎ {{public_number:031-896-2240}}"""},
{"id": "s12-d04-006", "kind": "kakao_chat", "text": """[푸른숲4단지 자유게시방]
[[PERSON:태리]] 어머님: B1 장애인 주차구역에 또 흰색 쏘렌토 서있어요.. 번호 [[KR_CAR_PLATE:19너 8830]] 장애인 표지도 없음
305동주민: 그차 301동 [[PERSON:노상훈]]씨 차에요 ㅋㅋ 맨날 그러심
[[PERSON:태리]] 어머님: 헐 이름까지 ㄷㄷ 안전신문고로 신고할게요
관리자: 개인 실명 언급은 자제 부탁드려요~"""},
{"id": "s12-d04-007", "kind": "case_note", "text": """견인 처리 기록
일시: {{date:2025.03.18}} 10:40 / 대상차량: [[KR_CAR_PLATE:서울25바3381]] (소유자: [[PERSON:전순범]], 등록원부상 주소 [[KR_ADDRESS:서울 강서구 화곡로 61길 22-3, 지층]])
근거: 관리규약 제47조, 입주자대표회의 결의({{date:2025.2.27}})
견인업체: {{org_name:한빛레카}}(개인사업자, 대표 [[PERSON:명지훈]], 사업자번호 [[KR_BRN:617-14-0823?]], ☎ [[PHONE_NUMBER:010-4101-7766]])
보관장소: {{place_name:용인시 처인구 견인차량보관소}}
차주 통보: 등기우편({{tracking_number:6892-0144-3728-1}})"""},
{"id": "s12-d04-008", "kind": "complaint_letter", "text": """견인 조치에 대한 항의 및 손해배상 청구
저는 위 차량의 소유자 [[PERSON:전순범]]입니다. 차는 제 조카 [[PERSON:전하늘]]([[BIRTH_DATE:1999년 1월 4일]]생, 305동 세입자 [[PERSON:봉미라]]의 남자친구)이 쓰고 있었고, 경고장은 한번도 제게 오지 않았습니다.
사유지라 하더라도 사전 통지 없는 견인은 위법이라 알고 있습니다. 견인비·보관료 {{amount:27만 4천원}}을 반환하십시오.
연락: [[PHONE_NUMBER:010-2785-3390]] / [[EMAIL_ADDRESS:sbjeon1961@nate.com]]"""},
{"id": "s12-d04-009", "kind": "ocr_form", "text": """자 동 차 등 록 증 (사본, 흐림)
자동차등록번호 [[KR_CAR_PLATE:l57러 2O94]]   차종 승용 소형
최초등록일 {{date:2O22-O6-3O}}
소유자 성명(명칭) [[PERSON:문 태 준]]
생년월일(법인등록번호) [[BIRTH_DATE:1985-O2-11]]
사용본거지 [[KR_ADDRESS:용인시 기흥구 동백죽전대로 444, 302동 l5O7호]]
제원관리번호 {{code:A05-1-00418-0007-1221}}"""},
{"id": "s12-d04-010", "kind": "email", "text": """보낸사람: [[PERSON:Marco Rossi]] <[[EMAIL_ADDRESS:marco.rossi.kr@outlook.com]]>
받는사람: 관리사무소 <{{public_email:pureun4.office@gmail.com}}>
제목: Parking registration for rental car

Hello, I'm living in [[KR_ADDRESS:unit 306-1204]] since {{date:Feb 15}}. My car is a long-term rental, plate [[KR_CAR_PLATE:35호 4021]]. The rental company name is on the registration so the office said I need my Korean driver's license. My license number is [[KR_DRIVER_LICENSE:11-24-017735-52]]. Passport: [[KR_PASSPORT:YA8273015]] (Italy). Please let me know what else I need.
Thanks, [[PERSON:Marco]] / [[PHONE_NUMBER:010-2094-7738]]"""},
{"id": "s12-d04-011", "kind": "phone_memo", "text": """{{date:3/21}} 10시 방문객 민원 전화 (본인 이름 안 밝힘)
- 어머니댁 [[KR_ADDRESS:303동 108호]] 방문하는데 방문주차 {{statistic:24시간}} 제한 너무 짧다고
- 차번호 [[KR_CAR_PLATE:62 수 3018]], 본인 연락처 [[PHONE_NUMBER:010-5576-21**]](끝 두자리 잘 못들음)
→ 규약상 방문차량 1회 최대 48시간, 월 {{statistic:10회}} 안내함"""},
{"id": "s12-d04-012", "kind": "meeting_minutes", "text": """주차관리 소위원회 회의 (요약) {{date:2025. 3. 25.}}
참석: 소위원장 [[PERSON:도경환]](301동 대표), [[PERSON:모나리]](306동 대표), 관리과장 [[PERSON:위성태]]
1. 장기 외부차량 {{statistic:7대}} 중 5대 자진이동, 1대 견인({{date:3.18}}), 1대 미처리
2. 견인 관련 항의(차주 [[PERSON:전순범]]) → 법률자문 결과 "사전 경고 2회 및 게시 사실" 입증 자료 보관 필요
3. 전기차 충전구역 내연기관 주차 시 과태료(구청 단속), 관리주체는 신고만 가능
4. 세대당 등록 차량 3대째부터 월 {{amount:5만원}}으로 상향 검토 → 입주민 설문 {{date:4월}} 실시"""},
{"id": "s12-d04-013", "kind": "notice", "text": """★ 주차위반 스티커 부착 기준 변경 안내 ★
{{date:2025년 4월 1일}}부터 강력 접착 스티커 대신 와이퍼 걸이식 경고장을 사용합니다.
방문차량 사전등록: 아파트 앱 또는 경비실(내선 {{public_number:301}})
무단주차 신고: {{public_number:031-896-2240}} / {{public_email:pureun4.office@gmail.com}}
관리사무소"""},
{"id": "s12-d04-014", "kind": "form", "text": """장애인 전용주차구역 등록 확인서
세대: [[KR_ADDRESS:301-1002]]  장애인 성명: [[PERSON:노은결]](지체, 심한 장애) [[BIRTH_DATE:2012.08.26]]
보호자: [[PERSON:노상훈]] [[PHONE_NUMBER:010-8061-3374]]
차량: [[KR_CAR_PLATE:19너 8830]] (장애인사용자동차표지 발급 {{date:2024.10.02}}, 표지번호 {{code:경기-기흥-24-03317}})
확인: 관리사무소 [[PERSON:위성태]]"""},
{"id": "s12-d04-015", "kind": "case_note", "text": """[메모] [[PERSON:노상훈]]씨 항의 방문({{date:3/24}})
단톡방에서 자기 실명과 차번호를 올려 장애인구역 불법주차범으로 몰았다며 명예훼손 고소하겠다고 함. 실제로는 아들 [[PERSON:은결]](중1)이 장애인이고 표지 등록도 돼있는데 그날 표지를 대시보드 아래 떨어뜨렸다 함.
→ 단톡 운영자([[PERSON:현가람]] [[PHONE_NUMBER:010-4499-0281]])에게 게시물 삭제 요청"""},
{"id": "s12-d04-016", "kind": "spreadsheet", "text": """정기주차 등록차량 엑셀 (일부 발췌)
동호	차량번호	차주	관계	등록일	만료일
[[KR_ADDRESS:305-0702]]	[[KR_CAR_PLATE:123가 4567]]	[[PERSON:봉미라]]	본인	{{date:2024-03-11}}	{{date:2025-03-10}}
[[KR_ADDRESS:305-0702]]	[[KR_CAR_PLATE:47보 3820]]	[[PERSON:Aiko Tanaka]]	동거인	{{date:2024-09-01}}	{{date:2025-08-31}}
[[KR_ADDRESS:306-1204]]	[[KR_CAR_PLATE:35호 4021]]	[[PERSON:Marco Rossi]]	임차(렌트)	{{date:2025-02-20}}	{{date:2026-02-19}}"""},
{"id": "s12-d04-017", "kind": "police_memo", "text": """(관리사무소 보관용) 뺑소니 의심 접촉사고 CCTV 제공 요청
요청기관: {{org_name:용인동부경찰서 교통조사계}} 경사 [[PERSON:안재형]] (직통 [[PHONE_NUMBER:031-324-7731]])
사고일시: {{date:2025.03.27. 08:12경}} / 장소: 지하2층 B2-F 구역
피해차량 [[KR_CAR_PLATE:12가 3456]] (차주 [[PERSON:하소윤]], [[KR_ADDRESS:304동 1901호]])
가해 추정 차량: 흰색 SUV, 번호판 뒷자리 "…5823" 식별
제공 영상: {{code:CAM-B2-07}}, {{code:CAM-B2-08}} {{time:08:00~08:30}}"""},
{"id": "s12-d04-018", "kind": "sms", "text": """[[PERSON:하소윤]]님 차량([[KR_CAR_PLATE:12가3456]]) 접촉사고 관련 경찰 요청으로 CCTV 영상 {{date:3/28}} 제공 완료했습니다. 사건번호는 경찰서에서 따로 연락 갈 거예요. -관리실 위과장 [[PHONE_NUMBER:010-7713-6204]]"""},
]
